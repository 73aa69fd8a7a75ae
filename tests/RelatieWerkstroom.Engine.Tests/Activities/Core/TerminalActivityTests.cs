using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>End, Complete and Finish complete the flowchart and cancel whatever still waits; after End or Complete what was already queued still runs, as in Elsa.</summary>
public sealed class TerminalActivityTests
{
    public static TheoryData<string> Terminals => new() { "Elsa.End", "Elsa.Complete", "Elsa.Finish" };

    [Theory]
    [MemberData(nameof(Terminals))]
    public async Task Terminal_WhileOtherBranchWaitsOnEvent_FinishesAndCancelsTheBookmark(string type)
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Activity("start", "Elsa.Start")
            .Fork("fork", "Wait", "Stop")
            .Event("wait", "Go")
            .WriteLine("afterWait", "never")
            .Activity("stop", type)
            .Chain("start", "fork")
            .Connect("fork", "wait", "Wait")
            .Connect("fork", "stop", "Stop")
            .Chain("wait", "afterWait")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Empty(result.Bookmarks);
        Assert.Empty(await t.Instances.FindBookmarksAsync(new()));
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.Contains(journal, e => e.Kind == JournalEvents.ActivityCancelled && e.ActivityId == "wait");
        Assert.Equal(JournalEvents.InstanceFinished, journal[^1].Kind);
        Assert.Empty(await t.Runtime.TriggerEventAsync("Go"));
        Assert.Empty(t.Lines);
    }

    // tests/fixtures/elsa3-oracle/terminal-*.json: a fork queues the terminal before WriteLine 'b' (then 'b2'); a Delay
    // already waits. Elsa 3.8 prints "B" for End and Complete (queued work still runs, but goes no further) and nothing for Finish.
    [Theory]
    [InlineData("End", new[] { "B" })]
    [InlineData("Complete", new[] { "B" })]
    [InlineData("Finish", new string[0])]
    public async Task Terminal_WithActivitiesStillQueued_RunsThemOnlyForEndAndCompleteAsElsa(string type, string[] lines)
    {
        var t = new TestRuntime();
        var flow = Engine.Definitions.WorkflowDefinitionReader.Parse(
            File.ReadAllText(Path.Combine(SharedPaths.RepositoryRoot, "tests", "fixtures", "elsa3-oracle", $"terminal-{type}.json")));

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Empty(result.Bookmarks);
        Assert.Equal(lines, t.Lines);
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.Contains(journal, e => e.Kind == JournalEvents.ActivityCancelled && e.ActivityId == "wacht");
    }

    [Theory]
    [MemberData(nameof(Terminals))]
    public void Terminal_ConnectionLeavingIt_IsRejectedBecauseItHasNoOutcome(string type)
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Activity("stop", type).WriteLine("after", "x").Connect("stop", "after").Build();

        var problems = new DefinitionValidator(t.Registry).Validate(flow);

        Assert.Contains(problems, p => p.ActivityId == "stop" && p.Path == "connections[0].source.port" && p.Message.Contains("no outcome ports"));
    }
}
