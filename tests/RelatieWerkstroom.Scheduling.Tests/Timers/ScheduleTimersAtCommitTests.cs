using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Scheduling.Tests.Support;

namespace RelatieWerkstroom.Scheduling.Tests.Timers;

/// <summary>A timer created by any burst in a running host fires at its due time, without waiting for the timer sync.</summary>
[Collection(QuartzCollection.Name)]
public sealed class ScheduleTimersAtCommitTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TwoSecondDelay_StartedInRunningHost_FinishesWithinASecondOfItsDueTime()
    {
        // Arrange: a host with a real Quartz scheduler over the SQLite job store in the application database. The timer
        // sync runs once at start-up and then only every 10 minutes, so only the commit can schedule this timer in time.
        await using var engine = await EngineState.PersistentAsync(_database.Persistence);
        var finished = new FinishedInstances(TimeProvider.System);
        await using var host = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database),
            services => services.AddSingleton<IBurstCommitListener>(finished));
        await Eventually.HoldsAsync(() => host.Events.RunsOf(SchedulingKeys.SyncTimerBookmarks).Count == 1, "the start-up timer sync");
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();

        // Act: start the instance through the host's runtime, as the web host or a job does; nobody schedules anything.
        var started = await engine.StartAsync(Workflows.DelayThenWrite(TimeSpan.FromSeconds(2)), runtime);
        var timer = Assert.Single(started.Bookmarks);
        var triggerAfterCommit = await (await host.SchedulerAsync()).CheckExists(SchedulingKeys.TimerTrigger(timer.Id));
        var finishedAt = await finished.FinishedAt(started.InstanceId).WaitAsync(TimeSpan.FromSeconds(20));

        // Assert
        Assert.True(triggerAfterCommit, "the start's commit gave the timer its trigger");
        var dueAt = timer.DueAt!.Value;
        Assert.InRange(finishedAt, dueAt, dueAt + TimeSpan.FromSeconds(1));
        Assert.Equal(WorkflowStatus.Finished, await engine.StatusAsync(started.InstanceId));
        Assert.Equal(1, await engine.ResumedCountAsync(started.InstanceId, Workflows.DelayId));
        Assert.Single(host.Events.RunsOf(SchedulingKeys.SyncTimerBookmarks));
    }

    [Fact]
    public async Task DelayAfterAnEvent_ResumedInRunningHost_GetsItsTriggerAtTheResumeCommit()
    {
        // Arrange: the timer is not created by the start but by a later resume (a person or a message system).
        await using var engine = await EngineState.PersistentAsync(_database.Persistence);
        await using var host = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database));
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
        var started = await engine.StartAsync(Workflows.EventThenDelay("aanvraag-compleet", TimeSpan.FromHours(1)), runtime);
        var scheduler = await host.SchedulerAsync();
        Assert.Empty(await scheduler.GetTriggerKeys(Quartz.Impl.Matchers.GroupMatcher<Quartz.TriggerKey>.GroupEquals(SchedulingKeys.TimerTriggerGroup)));

        // Act
        var resumed = await runtime.ResumeAsync(new ResumeRequest(Assert.Single(started.Bookmarks).Id));

        // Assert
        var timer = Assert.Single(resumed.Bookmarks);
        Assert.Equal(BookmarkKinds.Timer, timer.Kind);
        var trigger = await scheduler.GetTrigger(SchedulingKeys.TimerTrigger(timer.Id));
        Assert.NotNull(trigger);
        Assert.Equal(timer.DueAt!.Value.UtcDateTime, trigger.StartTimeUtc.UtcDateTime);
    }
}
