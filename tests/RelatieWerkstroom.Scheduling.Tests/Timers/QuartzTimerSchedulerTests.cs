using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Scheduling.Tests.Support;

namespace RelatieWerkstroom.Scheduling.Tests.Timers;

[Collection(QuartzCollection.Name)]
public sealed class QuartzTimerSchedulerTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ScheduleAsync_SameBookmarkTwice_StoresOneTriggerAtDueTime()
    {
        // Arrange
        var engine = EngineState.InMemory();
        await using var host = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database));
        var started = await engine.StartAsync(Workflows.DelayThenWrite(TimeSpan.FromDays(14)));
        var bookmark = started.Bookmarks.Single();

        // Act
        var first = await host.ScheduleAsync(started);
        var second = await host.ScheduleAsync(started);

        // Assert
        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Equal(1, await _database.CountAsync(
            "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = $group AND TRIGGER_NAME = $name AND NEXT_FIRE_TIME = $due",
            ("$group", SchedulingKeys.TimerTriggerGroup), ("$name", bookmark.Id), ("$due", bookmark.DueAt!.Value.UtcTicks)));
    }

    [Fact]
    public async Task ScheduleAsync_NonTimerBookmark_SchedulesNothing()
    {
        // Arrange
        var engine = EngineState.InMemory();
        await using var host = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database));
        var eventBookmark = new BookmarkInfo("event-bookmark", "Event1", BookmarkKinds.Event, "aanvraag-ontvangen", null);
        var result = new RunResult("instance-1", WorkflowStatus.Suspended, [eventBookmark], new JsonObject(), null);

        // Act
        var added = await host.ScheduleAsync(result);

        // Assert
        Assert.Equal(0, added);
        Assert.Equal(0, await _database.CountAsync(
            "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = $group", ("$group", SchedulingKeys.TimerTriggerGroup)));
    }

    [Fact]
    public async Task ScheduleAsync_BookmarkAlreadyResumed_SchedulesNothing()
    {
        // Arrange
        var engine = EngineState.InMemory();
        await using var host = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database));
        var started = await engine.StartAsync(Workflows.DelayThenWrite(TimeSpan.FromHours(1)));
        await engine.CreateRuntime().ResumeAsync(new ResumeRequest(started.Bookmarks.Single().Id, Actor: "consulent"));

        // Act
        var added = await host.ScheduleAsync(started);

        // Assert
        Assert.Equal(0, added);
        Assert.Equal(0, await _database.CountAsync(
            "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = $group", ("$group", SchedulingKeys.TimerTriggerGroup)));
    }
}
