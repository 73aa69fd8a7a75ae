using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.ExecuteWorkflow runs a published sub-workflow; its output comes back to the parent.</summary>
public sealed class ExecuteWorkflowTests
{
    private static FlowBuilder Parent() => new FlowBuilder("parent")
        .Variable("ChildOutput", "Object", id: "v-child")
        .Activity("call", "Elsa.ExecuteWorkflow",
            ("workflowDefinitionId", Literal("child")),
            ("input", Obj("""{ "hours": 4 }""")),
            ("result", Output("v-child")))
        .WriteLineJs("after", "'parent got ' + getChildOutput().besluit")
        .Chain("call", "after");

    [Fact]
    public async Task ExecuteWorkflow_ChildFinishesInline_OutputPassedBack()
    {
        var t = new TestRuntime();
        await t.ImportAsync(new FlowBuilder("child")
            .WriteLine("c", "child ran")
            .Activity("out", "Elsa.SetOutput", ("outputName", Literal("besluit")), ("outputValue", Literal("toegekend", "Object")))
            .Chain("c", "out").Build());

        var result = await t.StartAsync(Parent().Build(), new StartOptions(CorrelationId: "zaak-1"));

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["child ran", "parent got toegekend"], t.Lines);
        var journal = await t.JournalAsync();
        var childStarted = Assert.Single(journal, e => e.Kind == JournalEvents.InstanceStarted && e.InstanceId != result.InstanceId);
        Assert.Equal("child", childStarted.DefinitionId);
        Assert.Equal("zaak-1", childStarted.CorrelationId);
        var child = await t.Instances.FindAsync(childStarted.InstanceId);
        Assert.Equal(result.InstanceId, child!.ParentInstanceId);
        Assert.Equal(4, child.Input["hours"]!.GetValue<int>());
    }

    [Fact]
    public async Task ExecuteWorkflow_ChildWaitsOnEvent_ParentWaitsThenWakesWithOutput()
    {
        var t = new TestRuntime();
        await t.ImportAsync(new FlowBuilder("child")
            .Variable("Answer", "Object", id: "v-answer")
            .Event("wait", "AdviceReceived", resultVariableId: "v-answer")
            .Activity("out", "Elsa.SetOutput", ("outputName", Literal("besluit")), ("outputValue", Js("getAnswer().advies")))
            .Chain("wait", "out").Build());

        var started = await t.StartAsync(Parent().Build());

        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        var parentBookmark = Assert.Single(started.Bookmarks);
        Assert.Equal(BookmarkKinds.ChildWorkflow, parentBookmark.Kind);
        Assert.Empty(t.Lines);

        var resumed = Assert.Single(await t.Runtime.TriggerEventAsync("AdviceReceived", new JsonObject { ["advies"] = "positief" }));

        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.NotEqual(started.InstanceId, resumed.InstanceId);
        var parent = await t.Instances.FindAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, parent!.Status);
        Assert.Empty(parent.Bookmarks);
        Assert.Equal("positief", parent.Variables["ChildOutput"]!["besluit"]!.GetValue<string>());
        Assert.Equal(["parent got positief"], t.Lines);
    }

    [Fact]
    public async Task ExecuteWorkflow_ChildFaults_ParentFaultsNamingTheChild()
    {
        var t = new TestRuntime();
        await t.ImportAsync(new FlowBuilder("child").Activity("f", "Elsa.Fault", ("message", Literal("geen budget"))).Build());

        var result = await t.StartAsync(Parent().Build());

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("call", result.Incident!.ActivityId);
        Assert.Contains("geen budget", result.Incident.Message);
    }

    [Fact]
    public async Task ExecuteWorkflow_WaitForCompletionFalse_ContinuesWhileChildWaits()
    {
        var t = new TestRuntime();
        await t.ImportAsync(new FlowBuilder("child").Event("wait", "Later").Build());
        var flow = new FlowBuilder("parent")
            .Activity("call", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("child")), ("waitForCompletion", Literal("false", "Boolean")))
            .WriteLine("after", "parent continued")
            .Chain("call", "after")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["parent continued"], t.Lines);
        Assert.Single(await t.Instances.FindBookmarksAsync(new(Kind: BookmarkKinds.Event, Name: "Later")));
    }
}
