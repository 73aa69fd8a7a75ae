using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Scheduling.LegalClocks;
using RelatieWerkstroom.Scheduling.Tests.Support;

namespace RelatieWerkstroom.Scheduling.Tests.Jobs;

[Collection(QuartzCollection.Name)]
public sealed class DeadlineWarningJobTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Execute_AtStartUpAndTwiceMore_RecordsTheWarningOnce()
    {
        // Arrange: engine time is Monday 2 March 2026 (Quartz itself fires on real time); one clock is five working days before its deadline.
        var source = new FakeLegalClockSource().Add(new ClockDue("clock-1", "zaak-1", "beslistermijn", new DateOnly(2026, 3, 5)));
        var engine = EngineState.InMemory(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)));
        await using var host = await SchedulingHost.StartAsync(engine, SchedulingHost.Options(_database),
            services => services.AddSingleton<ILegalClockSource>(source));
        await Eventually.HoldsAsync(() => host.Events.RunsOf(SchedulingKeys.DeadlineWarning).Count >= 1, "the start-up run");

        // Act: two more runs asked for at the same moment.
        var scheduler = await host.SchedulerAsync();
        await scheduler.TriggerJob(SchedulingKeys.DeadlineWarning);
        await scheduler.TriggerJob(SchedulingKeys.DeadlineWarning);
        await Eventually.HoldsAsync(() => host.Events.RunsOf(SchedulingKeys.DeadlineWarning).Count >= 3, "both extra runs");

        // Assert
        Assert.All(host.Events.RunsOf(SchedulingKeys.DeadlineWarning), run => Assert.Null(run.Error));
        Assert.Equal([("clock-1", "warning", new DateOnly(2026, 2, 26))], source.Records);
        Assert.Equal(1, source.RecordCalls);
    }
}
