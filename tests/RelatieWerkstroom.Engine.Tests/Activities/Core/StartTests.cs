using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Where a flowchart starts: root.start, then Elsa.Start, then canStartWorkflow, then the first activity without inbound connections.</summary>
public sealed class StartTests
{
    [Fact]
    public async Task Start_NotFirstInList_FlowStartsThere()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .WriteLine("late", "late")
            .Activity("start", "Elsa.Start")
            .WriteLine("first", "first")
            .Chain("start", "first", "late")
            .Build();

        await t.StartAsync(flow);

        Assert.Equal(["first", "late"], t.Lines);
    }

    [Fact]
    public async Task RootStart_PointsAtActivityBeforeStartActivity_WinsOverStartActivity()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Activity("start", "Elsa.Start")
            .WriteLine("a", "a")
            .WriteLine("before", "before")
            .Chain("before", "start", "a")
            .StartAt("before")
            .Build();

        await t.StartAsync(flow);

        Assert.Equal(["before", "a"], t.Lines);
    }

    [Fact]
    public async Task CanStartWorkflow_OnSecondActivity_FlowStartsThere()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .WriteLine("a", "a")
            .Activity("b", "Elsa.WriteLine", ("text", FlowBuilder.Literal("b")), ("customProperties", new JsonObject { ["canStartWorkflow"] = true }))
            .Connect("b", "a")
            .Build();

        await t.StartAsync(flow);

        Assert.Equal(["b", "a"], t.Lines);
    }

    [Fact]
    public async Task NoStartMarker_FirstActivityWithoutInbound_IsTheStart()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .WriteLine("second", "second")
            .WriteLine("first", "first")
            .Connect("first", "second")
            .Build();

        await t.StartAsync(flow);

        Assert.Equal(["first", "second"], t.Lines);
    }
}
