using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Runtime;

/// <summary>Every definition saved by Elsa 3 in tests/fixtures/elsa3 gives the result its README lists.</summary>
public sealed class Elsa3SampleTests
{
    [Fact]
    public async Task BasicHelloWorld_WithoutConnectionsOrStart_WritesHelloWorld()
    {
        var t = new TestRuntime();
        var result = await t.StartSampleAsync("basic-hello-world.json");
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["Hello World!"], t.Lines);
    }

    [Fact]
    public async Task WriteLine_SingleActivity_WritesDummyText()
    {
        var t = new TestRuntime();
        var result = await t.StartSampleAsync("writeline.json");
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["Dummy Text"], t.Lines);
    }

    [Fact]
    public async Task Workflow1_LegacyConnectionsWithFanOut_RunsEveryWriteLineOnce()
    {
        var t = new TestRuntime();
        var result = await t.StartSampleAsync("workflow1.json");
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["WriteLine1", "WriteLine2", "WriteLine3"], t.Lines.Order());
    }

    [Fact]
    public async Task Workflow2_BraidedFlow_RunsEveryWriteLineExactlyOnce()
    {
        var t = new TestRuntime();
        var result = await t.StartSampleAsync("workflow2.json");
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"WriteLine{i}"), t.Lines.Order());
        // Implicit joins: a WriteLine runs only after all its inbound branches arrived.
        Assert.True(Array.IndexOf(t.Lines, "WriteLine5") > Array.IndexOf(t.Lines, "WriteLine2"));
        Assert.True(Array.IndexOf(t.Lines, "WriteLine9") > Array.IndexOf(t.Lines, "WriteLine8"));
        Assert.Equal("WriteLine9", t.Lines[^1]);
    }

    [Fact]
    public async Task Workflow3_BraidedFlowWithDelays_SuspendsOnTwoTimersThenFinishes()
    {
        var t = new TestRuntime();
        var result = await t.StartSampleAsync("workflow3.json");

        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        Assert.Equal(2, result.Bookmarks.Count);
        Assert.All(result.Bookmarks, b => Assert.Equal(BookmarkKinds.Timer, b.Kind));
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)],
            result.Bookmarks.Select(b => b.DueAt!.Value - t.Clock.GetUtcNow()).Order());
        Assert.DoesNotContain("WriteLine9", t.Lines);

        var final = await t.FireTimersUntilDoneAsync(result);

        Assert.Equal(WorkflowStatus.Finished, final.Status);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"WriteLine{i}"), t.Lines.Order());
        Assert.Equal("WriteLine9", t.Lines[^1]);
    }

    [Fact]
    public async Task JoinAll_WaitAll_WritesLinesInOrder()
    {
        var t = new TestRuntime();
        var result = await t.StartSampleAsync("join-all-1.json");
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["Start", "Line 1", "Line 2", "End"], t.Lines);
    }

    [Fact]
    public async Task JoinAny_ThreeWaitAnyJoins_WritesStartAndEndOnce()
    {
        var t = new TestRuntime();
        var result = await t.StartSampleAsync("join-any-1.json");
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["Start", "End"], t.Lines);
    }
}
