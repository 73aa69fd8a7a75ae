using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.FlowJoin: WaitAll runs when all inbound branches were taken; WaitAny runs at the first and cancels what still waits on the others.</summary>
public sealed class FlowJoinTests
{
    [Fact]
    public async Task WaitAll_AllBranchesTaken_RunsOnceAfterAllBranches()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Fork("fork", "A", "B", "C")
            .WriteLine("a", "A").WriteLine("b", "B").Delay("c", "00:10:00")
            .Join("join", "WaitAll").WriteLine("after", "after")
            .Connect("fork", "a", "A").Connect("fork", "b", "B").Connect("fork", "c", "C")
            .Connect("a", "join").Connect("b", "join").Connect("c", "join")
            .Chain("join", "after")
            .Build();

        var first = await t.StartAsync(flow);
        Assert.Equal(WorkflowStatus.Suspended, first.Status);
        Assert.Equal(["A", "B"], t.Lines);

        var final = await t.FireTimersUntilDoneAsync(first);

        Assert.Equal(WorkflowStatus.Finished, final.Status);
        Assert.Equal(["A", "B", "after"], t.Lines);
        var instance = await t.Instances.FindAsync(final.InstanceId);
        Assert.Equal(1, instance!.ExecutionCounts["join"]);
    }

    [Fact]
    public async Task WaitAll_OneBranchNotTaken_IsSkippedAndDeadPathPropagates()
    {
        var t = new TestRuntime();
        // fork -> P: decision (true) -> A -> join / (false) -> B -> join; join -> W -> X
        //      -> Q: Y -> X                      X is an implicit join: it runs because Y's branch was taken.
        var flow = new FlowBuilder()
            .Fork("fork", "P", "Q")
            .Decision("d", Literal("true", "Boolean"))
            .WriteLine("a", "A").WriteLine("b", "B")
            .Join("join", "WaitAll")
            .WriteLine("w", "W")
            .WriteLine("y", "Y")
            .WriteLine("x", "X")
            .Connect("fork", "d", "P").Connect("fork", "y", "Q")
            .Connect("d", "a", "True").Connect("d", "b", "False")
            .Connect("a", "join").Connect("b", "join")
            .Chain("join", "w", "x")
            .Chain("y", "x")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["A", "X", "Y"], t.Lines.Order(StringComparer.Ordinal));
        Assert.Equal("X", t.Lines[^1]);
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.DoesNotContain(journal, e => e.ActivityId is "join" or "w" or "b");
    }

    [Fact]
    public async Task WaitAll_ModeFromJavaScript_IsHonoured()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Fork("fork", "A", "B")
            .WriteLine("a", "A").Event("b", "never")
            .Activity("join", "Elsa.FlowJoin", ("mode", Js("'Wait' + 'Any'")))
            .WriteLine("after", "after")
            .Connect("fork", "a", "A").Connect("fork", "b", "B")
            .Connect("a", "join").Connect("b", "join")
            .Chain("join", "after")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["A", "after"], t.Lines);
    }

    [Fact]
    public async Task WaitAny_FirstArrivalRuns_PendingDelayCancelled()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Fork("fork", "Slow", "Fast")
            .Delay("slow", "1.00:00:00").WriteLine("slowDone", "slow")
            .Event("fast", "Decided")
            .Join("join", "WaitAny").WriteLine("after", "after")
            .Connect("fork", "slow", "Slow").Connect("fork", "fast", "Fast")
            .Chain("slow", "slowDone", "join")
            .Chain("fast", "join", "after")
            .Build();

        var first = await t.StartAsync(flow);
        Assert.Equal(WorkflowStatus.Suspended, first.Status);
        Assert.Equal(2, first.Bookmarks.Count);

        var resumed = Assert.Single(await t.Runtime.TriggerEventAsync("Decided"));

        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Empty(resumed.Bookmarks);
        Assert.Equal(["after"], t.Lines);
        var journal = await t.JournalAsync(first.InstanceId);
        Assert.Contains(journal, e => e.ActivityId == "slow" && e.Kind == JournalEvents.ActivityCancelled);
        // The timer is gone: firing timers a day later does nothing.
        t.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Empty(await t.Runtime.ResumeDueTimersAsync(t.Clock.GetUtcNow()));
        Assert.Equal(["after"], t.Lines);
    }

    // tests/fixtures/elsa3-oracle/waitany-queued.json: Elsa 3.8 prints a1, b2, after: the join cancels only what waits.
    [Fact]
    public async Task WaitAny_BranchStillQueued_RunsOnAsInElsa()
    {
        var t = new TestRuntime();

        var result = await t.StartAsync(Oracle("waitany-queued.json"));

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["a1", "b2", "after"], t.Lines);
        Assert.Equal(1, (await t.Instances.FindAsync(result.InstanceId))!.ExecutionCounts["join"]);
    }

    // tests/fixtures/elsa3-oracle/waitany-deadpath.json: the join cancels the waiting Delay; its dead path lets the
    // implicit join 'einde' run. Elsa 3.8 prints Snel, Na, Na, Einde, Einde (it runs the WaitAny join again when the
    // dead path reaches it); here the join runs once: Snel, Na, Einde.
    [Fact]
    public async Task WaitAny_CancelledBranch_SendsADeadPathSoLaterJoinsStillRun()
    {
        var t = new TestRuntime();

        var result = await t.StartAsync(Oracle("waitany-deadpath.json"));

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Empty(result.Bookmarks);
        Assert.Equal(["Snel", "Na", "Einde"], t.Lines);
        Assert.Contains(await t.JournalAsync(result.InstanceId), e => e is { ActivityId: "wacht", Kind: JournalEvents.ActivityCancelled });
    }

    private static Engine.Definitions.WorkflowDefinition Oracle(string name) => Engine.Definitions.WorkflowDefinitionReader.Parse(
        File.ReadAllText(Path.Combine(SharedPaths.RepositoryRoot, "tests", "fixtures", "elsa3-oracle", name)));

    [Fact]
    public async Task WaitAny_SecondArrivalInSameCompletion_IsIgnored()
    {
        var t = new TestRuntime();
        // Both fork ports go straight to the join: it runs at the first and ignores the second.
        var flow = new FlowBuilder()
            .Fork("fork", "A", "B")
            .Join("join", "WaitAny").WriteLine("after", "after")
            .Connect("fork", "join", "A").Connect("fork", "join", "B")
            .Chain("join", "after")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["after"], t.Lines);
        var instance = await t.Instances.FindAsync(result.InstanceId);
        Assert.Equal(1, instance!.ExecutionCounts["join"]);
    }

    [Fact]
    public async Task WaitAny_AllInboundDead_IsSkipped()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Decision("d", Literal("false", "Boolean"))
            .Fork("fork", "A", "B")
            .Join("join", "WaitAny").WriteLine("after", "after")
            .WriteLine("other", "other")
            .Connect("d", "fork", "True").Connect("d", "other", "False")
            .Connect("fork", "join", "A").Connect("fork", "join", "B")
            .Chain("join", "after")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["other"], t.Lines);
    }

    [Fact]
    public async Task WaitAny_OneBranchDeadOtherTakenLater_RunsWhenTheTakenOneArrives()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Fork("fork", "A", "B")
            .Decision("d", Literal("false", "Boolean")).WriteLine("a", "a")
            .Delay("b", "00:05:00")
            .Join("join", "WaitAny").WriteLine("after", "after")
            .Connect("fork", "d", "A").Connect("fork", "b", "B")
            .Connect("d", "a", "True")
            .Chain("a", "join")
            .Chain("b", "join", "after")
            .Build();

        var first = await t.StartAsync(flow);
        Assert.Equal(WorkflowStatus.Suspended, first.Status);
        Assert.Empty(t.Lines);

        var final = await t.FireTimersUntilDoneAsync(first);

        Assert.Equal(WorkflowStatus.Finished, final.Status);
        Assert.Equal(["after"], t.Lines);
    }

    [Fact]
    public async Task WaitAny_TwoTimersDueTogether_FirstRunsTheJoinAndSecondIsCancelledQuietly()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Fork("fork", "A", "B")
            .Delay("a", "00:10:00").Delay("b", "00:10:00")
            .Join("join", "WaitAny").WriteLine("after", "after")
            .Connect("fork", "a", "A").Connect("fork", "b", "B")
            .Connect("a", "join").Connect("b", "join")
            .Chain("join", "after")
            .Build();
        var other = await t.StartAsync(new FlowBuilder("other").Delay("wait", "00:10:00").WriteLine("w", "other").Chain("wait", "w").Build());
        var started = await t.StartAsync(flow);
        t.Clock.Advance(TimeSpan.FromMinutes(10));

        var fired = await t.Runtime.ResumeDueTimersAsync(t.Clock.GetUtcNow());

        Assert.Equal(2, fired.Count);
        Assert.Equal(["after", "other"], t.Lines.Order(StringComparer.Ordinal));
        Assert.Equal(WorkflowStatus.Finished, (await t.Instances.FindAsync(started.InstanceId))!.Status);
        Assert.Equal(WorkflowStatus.Finished, (await t.Instances.FindAsync(other.InstanceId))!.Status);
        Assert.Single(await t.JournalAsync(started.InstanceId), e => e.Kind == JournalEvents.ActivityCancelled);
    }

    [Fact]
    public async Task WaitAny_TwoBranchesWaitForSameEvent_TriggerRunsTheJoinOnce()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Fork("fork", "A", "B")
            .Event("a", "Go").Event("b", "Go")
            .Join("join", "WaitAny").WriteLine("after", "after")
            .Connect("fork", "a", "A").Connect("fork", "b", "B")
            .Connect("a", "join").Connect("b", "join")
            .Chain("join", "after")
            .Build();
        await t.StartAsync(flow);

        var results = await t.Runtime.TriggerEventAsync("Go");

        Assert.Equal(WorkflowStatus.Finished, Assert.Single(results).Status);
        Assert.Equal(["after"], t.Lines);
    }
}
