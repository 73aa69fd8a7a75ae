using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Scheduling.Tests.Support;

namespace RelatieWerkstroom.Scheduling.Tests.Jobs;

[Collection(QuartzCollection.Name)]
[Trait("Category", "PostgreSql")]
public sealed class ResumeTimerBookmarkJobPostgreSqlTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task TimerDueWhileAppIsDown_NextLifetimeOnClusteredStore_FiresOnceAndFinishesInstance()
    {
        // Arrange: the PostgreSQL application database holds the engine's state and the clustered job store.
        await using var engine = await EngineState.PersistentAsync(_database.Persistence);
        var options = SchedulingHost.Options(_database.ConnectionString);
        options.Database = SchedulingDatabase.PostgreSql;
        RunResult started;
        DateTimeOffset dueAt;
        await using (var first = await SchedulingHost.StartAsync(engine, options))
        {
            started = await engine.StartAsync(Workflows.DelayThenWrite(TimeSpan.FromSeconds(5)));
            dueAt = started.Bookmarks.Single().DueAt!.Value;
            await first.ScheduleAsync(started);
            Assert.Equal(1, await TimerTriggerRowsAsync(started.Bookmarks.Single().Id));
            await first.StopAsync();
            Assert.Empty(first.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark));
        }
        var bookmarkId = started.Bookmarks.Single().Id;
        await Eventually.UntilAsync(dueAt + options.MisfireThreshold + TimeSpan.FromSeconds(1));

        // Act
        await using var second = await SchedulingHost.StartAsync(engine, options);
        await Eventually.HoldsAsync(() => second.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark).Count > 0, "the missed timer to fire");
        await Eventually.HoldsAsync(async () => await TimerTriggerRowsAsync(bookmarkId) == 0, "the fired trigger to be removed");
        await second.StopAsync();

        // Assert
        var run = Assert.Single(second.Events.RunsOf(SchedulingKeys.ResumeTimerBookmark));
        Assert.Null(run.Error);
        Assert.Equal(WorkflowStatus.Finished, await engine.StatusAsync(started.InstanceId));
        Assert.Equal(1, await engine.ResumedCountAsync(started.InstanceId, Workflows.DelayId));
        Assert.Equal(1, await _database.CountAsync(
            "SELECT COUNT(*) FROM qrtz_job_details WHERE job_name = @name", ("name", SchedulingKeys.ResumeTimerBookmark.Name)));
    }

    private Task<long> TimerTriggerRowsAsync(string bookmarkId) =>
        _database.CountAsync("SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_group = @group AND trigger_name = @name",
            ("group", SchedulingKeys.TimerTriggerGroup), ("name", bookmarkId));
}
