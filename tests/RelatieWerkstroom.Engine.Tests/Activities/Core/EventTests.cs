using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.Event waits for a named event; TriggerEventAsync resumes it and its payload lands where the output points.</summary>
public sealed class EventTests
{
    private static FlowBuilder WaitForEvent(string definitionId = "event-flow") => new FlowBuilder(definitionId)
        .Variable("Received", "Object", id: "v-received")
        .Event("wait", "DocumentReceived", resultVariableId: "v-received")
        .WriteLineJs("show", "'kind=' + getReceived().kind + ' pages=' + variables.Received.pages")
        .Chain("wait", "show");

    [Fact]
    public async Task Event_Triggered_ResumesAndPayloadReachesVariable()
    {
        var t = new TestRuntime();
        var started = await t.StartAsync(WaitForEvent().Build());
        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        var bookmark = Assert.Single(started.Bookmarks);
        Assert.Equal((BookmarkKinds.Event, "DocumentReceived"), (bookmark.Kind, bookmark.Name));

        var results = await t.Runtime.TriggerEventAsync("DocumentReceived", new JsonObject { ["kind"] = "medisch advies", ["pages"] = 3 });

        var result = Assert.Single(results);
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["kind=medisch advies pages=3"], t.Lines);
        var instance = await t.Instances.FindAsync(started.InstanceId);
        Assert.Equal("medisch advies", instance!.Variables["Received"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Event_OtherName_DoesNotResume()
    {
        var t = new TestRuntime();
        var started = await t.StartAsync(WaitForEvent().Build());

        var results = await t.Runtime.TriggerEventAsync("SomethingElse");

        Assert.Empty(results);
        Assert.Equal(WorkflowStatus.Suspended, (await t.Instances.FindAsync(started.InstanceId))!.Status);
    }

    [Fact]
    public async Task Event_CorrelationFilter_ResumesOnlyThatCase()
    {
        var t = new TestRuntime();
        var flow = WaitForEvent().Build();
        var caseA = await t.StartAsync(flow, new StartOptions(CorrelationId: "zaak-A"));
        var caseB = await t.StartAsync(flow, new StartOptions(CorrelationId: "zaak-B"));

        var results = await t.Runtime.TriggerEventAsync("DocumentReceived", new JsonObject { ["kind"] = "x", ["pages"] = 1 }, correlationId: "zaak-B");

        Assert.Equal(caseB.InstanceId, Assert.Single(results).InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, (await t.Instances.FindAsync(caseA.InstanceId))!.Status);
    }

    [Fact]
    public async Task Event_TwoInstancesWaiting_BothResumed()
    {
        var t = new TestRuntime();
        var flow = WaitForEvent().Build();
        await t.StartAsync(flow);
        await t.StartAsync(flow);

        var results = await t.Runtime.TriggerEventAsync("DocumentReceived", new JsonObject { ["kind"] = "x", ["pages"] = 1 });

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(WorkflowStatus.Finished, r.Status));
    }

    [Fact]
    public async Task Event_TriggeredTwiceWithSameOperationId_RunsOnce()
    {
        var t = new TestRuntime();
        await t.StartAsync(WaitForEvent().Build());
        var payload = new JsonObject { ["kind"] = "x", ["pages"] = 1 };

        var first = await t.Runtime.TriggerEventAsync("DocumentReceived", payload, operationId: "msg-1");
        var journalAfterFirst = (await t.JournalAsync()).Count;

        Assert.Single(first);
        Assert.Empty(await t.Runtime.TriggerEventAsync("DocumentReceived", payload, operationId: "msg-1"));
        Assert.Equal(journalAfterFirst, (await t.JournalAsync()).Count);
        Assert.Single(t.Lines);
    }
}
