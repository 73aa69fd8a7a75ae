using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.Fault (and any failing activity) faults the instance with an incident; RetryAsync continues from there.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Fault_Runs_InstanceFaultedWithIncidentAndJournal()
    {
        var t = new TestRuntime();
        t.Clock.Advance(TimeSpan.FromMinutes(7));
        var flow = new FlowBuilder()
            .WriteLine("before", "before")
            .Activity("fault", "Elsa.Fault", ("message", Literal("Zaaktype onbekend")), ("code", Literal("RW-17")))
            .WriteLine("after", "after")
            .Chain("before", "fault", "after")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        var incident = result.Incident!;
        Assert.Equal("fault", incident.ActivityId);
        Assert.Equal("Elsa.Fault", incident.ActivityType);
        Assert.Equal("RW-17: Zaaktype onbekend", incident.Message);
        Assert.Equal(t.Clock.GetUtcNow(), incident.Timestamp);
        Assert.Equal(["before"], t.Lines);

        var journal = await t.JournalAsync(result.InstanceId);
        var faulted = Assert.Single(journal, e => e.Kind == JournalEvents.ActivityFaulted);
        Assert.Equal("fault", faulted.ActivityId);
        Assert.Contains("Zaaktype onbekend", faulted.PayloadJson);
        Assert.Equal(JournalEvents.InstanceFaulted, journal[^1].Kind);
        var stored = await t.Instances.FindAsync(result.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, stored!.Status);
        Assert.Equal(incident, stored.Incident);
    }

    [Fact]
    public async Task Retry_FaultCausedByMissingSubWorkflow_SucceedsOncePublished()
    {
        var t = new TestRuntime();
        var parent = new FlowBuilder("parent")
            .Activity("child", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("child-flow")))
            .WriteLine("after", "parent done")
            .Chain("child", "after")
            .Build();
        var faulted = await t.StartAsync(parent);
        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Equal("child", faulted.Incident!.ActivityId);
        Assert.Contains("child-flow", faulted.Incident.Message);

        await t.ImportAsync(new FlowBuilder("child-flow").WriteLine("w", "child ran").Build());
        var retried = await t.Runtime.RetryAsync(faulted.InstanceId, actor: "beheerder");

        Assert.Equal(WorkflowStatus.Finished, retried.Status);
        Assert.Null(retried.Incident);
        Assert.Equal(["child ran", "parent done"], t.Lines);
        var journal = await t.JournalAsync(faulted.InstanceId);
        var retry = Assert.Single(journal, e => e.Kind == JournalEvents.InstanceRetried);
        Assert.Equal("beheerder", retry.Actor);
        Assert.Equal(2, journal.Count(e => e.ActivityId == "child" && e.Kind == JournalEvents.ActivityStarted));
        Assert.Equal(2, (await t.Instances.FindAsync(faulted.InstanceId))!.ExecutionCounts["child"]);
    }

    [Fact]
    public async Task Retry_ParallelBranchStillScheduledWhenFaulted_RunsAfterRetry()
    {
        var t = new TestRuntime();
        // The fork schedules 'call' and then 'other'; 'call' faults before 'other' ran, so 'other' runs on retry.
        var flow = new FlowBuilder("retry-fork")
            .Fork("fork", "A", "B")
            .Activity("call", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("missing-child")))
            .WriteLine("other", "B")
            .Node("merge")
            .WriteLine("end", "end")
            .Connect("fork", "call", "A").Connect("fork", "other", "B")
            .Connect("call", "merge").Connect("other", "merge")
            .Chain("merge", "end")
            .Build();
        var faulted = await t.StartAsync(flow);
        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Empty(t.Lines);

        await t.ImportAsync(new FlowBuilder("missing-child").WriteLine("c", "child").Build());
        var retried = await t.Runtime.RetryAsync(faulted.InstanceId);

        Assert.Equal(WorkflowStatus.Finished, retried.Status);
        Assert.Equal(["child", "B", "end"], t.Lines);
    }

    [Fact]
    public async Task Retry_NothingFixed_FaultsAgainAtTheSameActivity()
    {
        var t = new TestRuntime();
        var faulted = await t.StartAsync(new FlowBuilder().Activity("fault", "Elsa.Fault", ("message", Literal("kapot"))).Build());

        var again = await t.Runtime.RetryAsync(faulted.InstanceId);

        Assert.Equal(WorkflowStatus.Faulted, again.Status);
        Assert.Equal("fault", again.Incident!.ActivityId);
        var journal = await t.JournalAsync(faulted.InstanceId);
        Assert.Equal(2, journal.Count(e => e.Kind == JournalEvents.InstanceFaulted));
    }

    [Fact]
    public async Task Retry_InstanceNotFaulted_IsRefused()
    {
        var t = new TestRuntime();
        var result = await t.StartAsync(new FlowBuilder().WriteLine("w", "x").Build());

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => t.Runtime.RetryAsync(result.InstanceId));

        Assert.Contains("not faulted", ex.Message);
    }

    [Fact]
    public async Task Resume_FaultedInstance_IsRefusedUntilRetried()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Fork("fork", "A", "B")
            .Event("wait", "Go")
            .Activity("fault", "Elsa.Fault", ("message", Literal("kapot")))
            .Connect("fork", "wait", "A").Connect("fork", "fault", "B")
            .Build();
        var result = await t.StartAsync(flow);
        Assert.Equal(WorkflowStatus.Faulted, result.Status);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => t.Runtime.ResumeAsync(new ResumeRequest(result.Bookmarks.Single().Id)));

        Assert.Contains("faulted", ex.Message);
    }
}
