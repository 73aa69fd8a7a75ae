using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Engine.Tests.Support;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.Delay and Elsa.Timer wait on a timer bookmark due at now + duration on the runtime's clock.</summary>
public sealed class DelayTests
{
    public static TheoryData<string, string, TimeSpan> Durations => new()
    {
        { "Elsa.Delay", "00:05:00", TimeSpan.FromMinutes(5) },
        { "Elsa.Delay", "2.00:00:00", TimeSpan.FromDays(2) },
        { "Elsa.Delay", "14.00:00:00", TimeSpan.FromDays(14) },
        { "Elsa.Delay", "00:01:30", TimeSpan.FromSeconds(90) },
        { "Elsa.Timer", "01:00:00", TimeSpan.FromHours(1) },
        { "Elsa.Timer", "1.00:00:00", TimeSpan.FromDays(1) },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public async Task Wait_Duration_BookmarkDueAtNowPlusDuration(string type, string duration, TimeSpan expected)
    {
        var t = new TestRuntime();
        var input = type == "Elsa.Delay" ? "timeSpan" : "interval";
        var flow = new FlowBuilder().Activity("wait", type, (input, Literal(duration, "TimeSpan"))).WriteLine("after", "after").Chain("wait", "after").Build();
        var now = t.Clock.GetUtcNow();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        var bookmark = Assert.Single(result.Bookmarks);
        Assert.Equal(BookmarkKinds.Timer, bookmark.Kind);
        Assert.Equal("wait", bookmark.ActivityId);
        Assert.Equal(now + expected, bookmark.DueAt);
        Assert.Empty(t.Lines);
    }

    [Fact]
    public async Task Delay_JavaScriptDuration_IsEvaluated()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Variable("Days", "Int32", "3")
            .Activity("wait", "Elsa.Delay", ("timeSpan", Js("getDays() + '.00:00:00'", "TimeSpan"))).Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(t.Clock.GetUtcNow().AddDays(3), Assert.Single(result.Bookmarks).DueAt);
    }

    [Fact]
    public async Task Delay_JavaScriptGivingAnIsoDuration_FaultsSayingWhatToWrite()
    {
        // Elsa would not wait at all (it reads P3D as zero); an incident that says so is better than a case that skips its wait.
        var t = new TestRuntime();
        var flow = new FlowBuilder().Variable("Days", "Int32", "3")
            .Activity("wait", "Elsa.Delay", ("timeSpan", Js("'P' + getDays() + 'D'", "TimeSpan"))).Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("wait", result.Incident!.ActivityId);
        Assert.Contains("'P3D' is an ISO 8601 duration, which Elsa 3 does not read (it would not wait at all); write 3.00:00:00 instead", result.Incident.Message);
    }

    [Theory]
    [InlineData("Elsa.Delay", "timeSpan", "P2D", "write 2.00:00:00 instead")]
    [InlineData("Elsa.Timer", "interval", "PT36H", "write 1.12:00:00 instead")]
    [InlineData("Elsa.Delay", "timeSpan", "2 dagen", "write d.hh:mm:ss")]
    public void Validate_DurationElsaCannotRead_ErrorAtTheInput(string type, string input, string text, string fragment)
    {
        var flow = new FlowBuilder().Activity("wait", type, (input, Literal(text, "TimeSpan"))).Build();

        var problem = Assert.Single(new DefinitionValidator(Engine.Activities.ActivityRegistry.CreateWithCoreActivities()).Validate(flow));

        Assert.Equal(("wait", input, true), (problem.ActivityId, problem.Path, problem.IsError));
        Assert.Contains(fragment, problem.Message);
    }

    [Theory]
    [InlineData("36:00:00", 36, "'36:00:00' betekent 36 dagen (ook in Elsa: uren boven 23 tellen als dagen); schrijf 36.00:00:00 als dat de bedoeling is, of 1.12:00:00 voor 36 uur")]
    [InlineData("5", 5, "'5' betekent 5 dagen (ook in Elsa: een getal zonder dubbele punt telt als dagen); schrijf 5.00:00:00 als dat de bedoeling is")]
    public async Task Delay_DurationThatReadsAsDays_WarnsAndWaitsThoseDaysAsElsa(string text, int days, string message)
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Delay("wait", text).Build();

        var problem = Assert.Single(new DefinitionValidator(t.Registry).Validate(flow));
        var result = await t.StartAsync(flow);

        Assert.Equal(("wait", "timeSpan", ProblemSeverity.Warning), (problem.ActivityId, problem.Path, problem.Severity));
        Assert.StartsWith(message, problem.Message);
        Assert.Equal(t.Clock.GetUtcNow().AddDays(days), Assert.Single(result.Bookmarks).DueAt);
    }

    [Fact]
    public async Task ResumeDueTimers_TwoInstances_FiresOnlyTheDueOne()
    {
        var t = new TestRuntime();
        var shortWait = await t.StartAsync(new FlowBuilder("short").Delay("wait", "01:00:00").WriteLine("done", "short done").Chain("wait", "done").Build());
        var longWait = await t.StartAsync(new FlowBuilder("long").Delay("wait", "03:00:00").WriteLine("done", "long done").Chain("wait", "done").Build());

        t.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Empty(await t.Runtime.ResumeDueTimersAsync(t.Clock.GetUtcNow()));

        t.Clock.Advance(TimeSpan.FromMinutes(1));
        var fired = await t.Runtime.ResumeDueTimersAsync(t.Clock.GetUtcNow());

        var result = Assert.Single(fired);
        Assert.Equal(shortWait.InstanceId, result.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["short done"], t.Lines);
        Assert.Equal(WorkflowStatus.Suspended, (await t.Instances.FindAsync(longWait.InstanceId))!.Status);
    }

    [Fact]
    public async Task ResumeDueTimers_CalledTwiceForSameTime_FiresOnce()
    {
        var t = new TestRuntime();
        await t.StartAsync(new FlowBuilder().Delay("wait", "00:01:00").WriteLine("done", "done").Chain("wait", "done").Build());
        t.Clock.Advance(TimeSpan.FromMinutes(1));

        var first = await t.Runtime.ResumeDueTimersAsync(t.Clock.GetUtcNow());
        var second = await t.Runtime.ResumeDueTimersAsync(t.Clock.GetUtcNow());

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(["done"], t.Lines);
    }

    [Fact]
    public async Task Delay_Resumed_JournalsSuspendResumeAndCompleteWithTimerActor()
    {
        var t = new TestRuntime();
        var start = await t.StartAsync(new FlowBuilder().Delay("wait", "00:01:00").Build());
        t.Clock.Advance(TimeSpan.FromMinutes(1));

        await t.Runtime.ResumeDueTimersAsync(t.Clock.GetUtcNow());

        var kinds = (await t.JournalAsync(start.InstanceId)).Where(e => e.ActivityId == "wait").Select(e => (e.Kind, e.Actor)).ToList();
        Assert.Equal([
            (JournalEvents.ActivityStarted, "system"), (JournalEvents.ActivitySuspended, "system"),
            (JournalEvents.ActivityResumed, "system:timer"), (JournalEvents.ActivityCompleted, "system:timer")], kinds);
    }

    [Fact]
    public async Task Delay_NegativeDuration_Faults()
    {
        var t = new TestRuntime();
        var result = await t.StartAsync(new FlowBuilder().Activity("wait", "Elsa.Delay", ("timeSpan", Js("'-00:05:00'", "TimeSpan"))).Build());

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Contains("negative", result.Incident!.Message);
    }
}
