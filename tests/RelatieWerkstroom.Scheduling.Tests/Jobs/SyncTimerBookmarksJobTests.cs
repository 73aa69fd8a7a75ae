using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Scheduling.Tests.Support;

namespace RelatieWerkstroom.Scheduling.Tests.Jobs;

[Collection(QuartzCollection.Name)]
public sealed class SyncTimerBookmarksJobTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Execute_TimerBookmarkNobodyScheduled_GetsTriggerAndFires()
    {
        // Arrange: the instance is started without telling the scheduler about its timer.
        var engine = EngineState.InMemory();
        var options = SchedulingHost.Options(_database);
        options.TimerSyncInterval = TimeSpan.FromSeconds(1);
        await using var host = await SchedulingHost.StartAsync(engine, options);
        var started = await engine.StartAsync(Workflows.DelayThenWrite(TimeSpan.FromSeconds(1)));

        // Act
        await Eventually.HoldsAsync(async () => await engine.StatusAsync(started.InstanceId) == WorkflowStatus.Finished, "the instance to finish");
        await host.StopAsync();

        // Assert
        Assert.Equal(1, await engine.ResumedCountAsync(started.InstanceId, Workflows.DelayId));
        Assert.NotEmpty(host.Events.RunsOf(SchedulingKeys.SyncTimerBookmarks));
        Assert.All(host.Events.Runs, run => Assert.Null(run.Error));
        Assert.Equal(started.Bookmarks.Single().Id, Assert.Single(host.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark)).BookmarkId);
    }

    [Fact]
    public async Task Execute_TimerAlreadyScheduled_AddsNoSecondTrigger()
    {
        // Arrange
        var engine = EngineState.InMemory();
        await using var host = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database));
        var started = await engine.StartAsync(Workflows.DelayThenWrite(TimeSpan.FromMinutes(30)));
        await host.ScheduleAsync(started);
        var scheduler = await host.SchedulerAsync();

        // Act
        await scheduler.TriggerJob(SchedulingKeys.SyncTimerBookmarks);
        await scheduler.TriggerJob(SchedulingKeys.SyncTimerBookmarks);
        await Eventually.HoldsAsync(() => host.Events.RunsOf(SchedulingKeys.SyncTimerBookmarks).Count >= 3, "the start-up run and both extra runs");

        // Assert
        Assert.All(host.Events.Runs, run => Assert.Null(run.Error));
        Assert.Equal(1, await _database.CountAsync(
            "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = $group", ("$group", SchedulingKeys.TimerTriggerGroup)));
    }
}
