using Quartz;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Scheduling.Jobs;
using RelatieWerkstroom.Scheduling.Tests.Support;

namespace RelatieWerkstroom.Scheduling.Tests.Jobs;

[Collection(QuartzCollection.Name)]
public sealed class ResumeTimerBookmarkJobTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TimerDueWhileAppIsDown_NextLifetime_FiresOnceAndFinishesInstance()
    {
        // Arrange: one SQLite application database holds the engine's state (EF Core) and Quartz's job store.
        // Lifetime 1 creates the instance and its trigger, then the app goes down before the timer is due.
        await using var engine = await EngineState.PersistentAsync(_database.Persistence);
        var options = SchedulingHost.Options(_database);
        RunResult started;
        DateTimeOffset dueAt;
        await using (var first = await SchedulingHost.StartAsync(engine, options))
        {
            started = await engine.StartAsync(Workflows.DelayThenWrite(TimeSpan.FromSeconds(5)));
            dueAt = started.Bookmarks.Single().DueAt!.Value;
            await first.ScheduleAsync(started);
            // Either this call or the start-up timer sync stored it; one trigger either way.
            Assert.Equal(1, await TimerTriggerRowsAsync(started.Bookmarks.Single().Id));
            await first.StopAsync();
            Assert.Empty(first.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark));
        }
        var bookmarkId = started.Bookmarks.Single().Id;
        Assert.Equal(WorkflowStatus.Suspended, await engine.StatusAsync(started.InstanceId));
        Assert.Equal(1, await TimerTriggerRowsAsync(bookmarkId));

        // The due time and the misfire threshold pass while no scheduler runs.
        await Eventually.UntilAsync(dueAt + options.MisfireThreshold + TimeSpan.FromSeconds(1));

        // Act: lifetime 2 is a new host, service provider and scheduler over the same SQLite file.
        await using var second = await SchedulingHost.StartAsync(engine, options);
        await Eventually.HoldsAsync(() => second.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark).Count > 0, "the missed timer to fire");
        await Eventually.HoldsAsync(async () => await TimerTriggerRowsAsync(bookmarkId) == 0, "the fired trigger to be removed");
        await second.StopAsync();

        // Assert
        var run = Assert.Single(second.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark));
        Assert.Equal(bookmarkId, run.BookmarkId);
        Assert.Null(run.Error);
        Assert.Contains(SchedulingKeys.TimerTrigger(bookmarkId), second.Events.Misfires);
        Assert.Equal(WorkflowStatus.Finished, await engine.StatusAsync(started.InstanceId));
        Assert.Equal(1, await engine.ResumedCountAsync(started.InstanceId, Workflows.DelayId));
        var resumed = (await engine.JournalAsync(started.InstanceId)).Single(e => e.Kind == JournalEvents.ActivityResumed);
        Assert.Equal(ResumeTimerBookmarkJob.Actor, resumed.Actor);
        Assert.NotNull(await engine.Instances.FindOperationAsync(WorkflowRuntime.TimerOperationId(bookmarkId)));
    }

    [Fact]
    public async Task Execute_RunTwiceForOneBookmark_ResumesOnce()
    {
        // Arrange
        var engine = EngineState.InMemory();
        await using var host = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database));
        var started = await engine.StartAsync(Workflows.DelayThenWrite(TimeSpan.FromHours(1)));
        var bookmarkId = started.Bookmarks.Single().Id;
        var scheduler = await host.SchedulerAsync();

        // Act
        await scheduler.TriggerJob(SchedulingKeys.ResumeTimerBookmark, new JobDataMap { [SchedulingKeys.BookmarkId] = bookmarkId });
        await scheduler.TriggerJob(SchedulingKeys.ResumeTimerBookmark, new JobDataMap { [SchedulingKeys.BookmarkId] = bookmarkId });
        await Eventually.HoldsAsync(() => host.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark).Count == 2, "both runs to finish");

        // Assert
        Assert.All(host.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark), run => Assert.Null(run.Error));
        Assert.Equal(WorkflowStatus.Finished, await engine.StatusAsync(started.InstanceId));
        Assert.Equal(1, await engine.ResumedCountAsync(started.InstanceId, Workflows.DelayId));
    }

    [Fact]
    public async Task Execute_TwoSchedulersFireSameTimer_ResumesOnce()
    {
        // Arrange: two independent schedulers (own job stores) both hold a trigger for one bookmark.
        using var otherDatabase = new TempDatabase();
        await using var engine = await EngineState.PersistentAsync(_database.Persistence);
        await using var nodeA = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database));
        await using var nodeB = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(otherDatabase));
        // Three seconds: both must hold their trigger before either fires (a fired timer is not scheduled again).
        var started = await engine.StartAsync(Workflows.DelayThenWrite(TimeSpan.FromSeconds(3)));

        // Act
        await nodeA.ScheduleAsync(started);
        await nodeB.ScheduleAsync(started);
        Assert.Equal(1, await TimerTriggerRowsAsync(started.Bookmarks.Single().Id));
        Assert.Equal(1, await TimerTriggerRowsAsync(started.Bookmarks.Single().Id, otherDatabase));
        await Eventually.HoldsAsync(
            () => nodeA.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark).Count == 1 && nodeB.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark).Count == 1,
            "both schedulers to fire the timer");

        // Assert
        Assert.Null(nodeA.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark).Single().Error);
        Assert.Null(nodeB.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark).Single().Error);
        Assert.Equal(WorkflowStatus.Finished, await engine.StatusAsync(started.InstanceId));
        Assert.Equal(1, await engine.ResumedCountAsync(started.InstanceId, Workflows.DelayId));
    }

    [Fact]
    public async Task Execute_BookmarkAlreadyResumedByPerson_SucceedsWithoutResuming()
    {
        // Arrange
        var engine = EngineState.InMemory();
        await using var host = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database));
        var started = await engine.StartAsync(Workflows.DelayThenWrite(TimeSpan.FromHours(1)));
        var bookmarkId = started.Bookmarks.Single().Id;
        await engine.CreateRuntime().ResumeAsync(new ResumeRequest(bookmarkId, null, "consulent-ingreep", "consulent"));

        // Act
        await (await host.SchedulerAsync()).TriggerJob(SchedulingKeys.ResumeTimerBookmark, new JobDataMap { [SchedulingKeys.BookmarkId] = bookmarkId });
        await Eventually.HoldsAsync(() => host.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark).Count == 1, "the job to run");

        // Assert
        Assert.Null(host.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark).Single().Error);
        var resumed = Assert.Single(await engine.JournalAsync(started.InstanceId), e => e.Kind == JournalEvents.ActivityResumed);
        Assert.Equal("consulent", resumed.Actor);
        Assert.Null(await engine.Instances.FindOperationAsync(WorkflowRuntime.TimerOperationId(bookmarkId)));
    }

    [Fact]
    public async Task Execute_InstanceCancelled_SucceedsWithoutResuming()
    {
        // Arrange
        var engine = EngineState.InMemory();
        await using var host = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database));
        var started = await engine.StartAsync(Workflows.DelayThenWrite(TimeSpan.FromHours(1)));
        await engine.CreateRuntime().CancelAsync(started.InstanceId);

        // Act
        await (await host.SchedulerAsync()).TriggerJob(SchedulingKeys.ResumeTimerBookmark,
            new JobDataMap { [SchedulingKeys.BookmarkId] = started.Bookmarks.Single().Id });
        await Eventually.HoldsAsync(() => host.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark).Count == 1, "the job to run");

        // Assert
        Assert.Null(host.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark).Single().Error);
        Assert.Equal(WorkflowStatus.Cancelled, await engine.StatusAsync(started.InstanceId));
        Assert.Equal(0, await engine.ResumedCountAsync(started.InstanceId, Workflows.DelayId));
    }

    private Task<long> TimerTriggerRowsAsync(string bookmarkId, TempDatabase? database = null) =>
        (database ?? _database).CountAsync("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = $group AND TRIGGER_NAME = $name",
            ("$group", SchedulingKeys.TimerTriggerGroup), ("$name", bookmarkId));
}
