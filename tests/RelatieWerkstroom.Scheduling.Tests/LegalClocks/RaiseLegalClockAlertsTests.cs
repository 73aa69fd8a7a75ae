using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Scheduling.LegalClocks;
using RelatieWerkstroom.Scheduling.Tests.Support;

namespace RelatieWerkstroom.Scheduling.Tests.LegalClocks;

public sealed class RaiseLegalClockAlertsTests
{
    // Monday 2 March 2026, 09:00 in Amsterdam (CET, UTC+1).
    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, bool, bool> Clocks => new()
    {
        // deadline,     today,        warning?, breach?
        { "2026-03-09", "2026-03-02", true, false },  // five working days before Monday 9 March is today
        { "2026-03-10", "2026-03-02", false, false }, // warning only tomorrow
        { "2026-03-02", "2026-03-02", true, false },  // last day of the term: warn, not yet breached
        { "2026-02-27", "2026-03-02", false, true },  // Friday's deadline has passed: breach, no late warning
        { "2026-03-01", "2026-03-02", false, true },  // deadline yesterday (a Sunday)
        { "2026-04-30", "2026-03-02", false, false }, // far ahead
    };

    [Theory]
    [MemberData(nameof(Clocks))]
    public async Task RaiseAlerts_ClockAtDeadline_RecordsWhatIsDue(string deadline, string today, bool warning, bool breach)
    {
        // Arrange
        var source = new FakeLegalClockSource().Add(new ClockDue("clock-1", "zaak-1", "beslistermijn", DateOnly.Parse(deadline)));
        var alerts = Create(source, At(today));

        // Act
        var warnings = await alerts.RaiseWarningsAsync();
        var breaches = await alerts.RaiseBreachesAsync();

        // Assert
        Assert.Equal(warning ? 1 : 0, warnings);
        Assert.Equal(breach ? 1 : 0, breaches);
        Assert.Equal(warning, source.Records.Any(r => r.Kind == "warning"));
        Assert.Equal(breach, source.Records.Any(r => r.Kind == "breach"));
    }

    public static TheoryData<string, int?, string> WarningDates => new()
    {
        // deadline,    working days, warning date
        { "2026-03-09", null, "2026-03-02" },
        { "2026-03-09", 0, "2026-03-09" },
        { "2026-03-09", 1, "2026-03-06" },    // Friday before the Monday deadline
        { "2026-04-13", null, "2026-04-02" }, // skips Easter Monday (6 April) and Goede Vrijdag (3 April)
        { "2026-04-28", 2, "2026-04-23" },    // skips Koningsdag (Monday 27 April) and the weekend
    };

    [Theory]
    [MemberData(nameof(WarningDates))]
    public void WarningDate_WorkingDaysBeforeDeadline_SkipsWeekendsAndHolidays(string deadline, int? workingDays, string expected)
    {
        // Arrange
        var alerts = Create(new FakeLegalClockSource(), MondayMorning);
        var clock = new ClockDue("clock-1", "zaak-1", "beslistermijn", DateOnly.Parse(deadline), workingDays);

        // Act
        var warningDate = alerts.WarningDate(clock);

        // Assert
        Assert.Equal(DateOnly.Parse(expected), warningDate);
    }

    [Fact]
    public async Task RaiseWarnings_SchedulingDefaultChanged_UsesConfiguredWorkingDays()
    {
        // Arrange: deadline 16 March is ten working days after today.
        var source = new FakeLegalClockSource().Add(new ClockDue("clock-1", "zaak-1", "beslistermijn", new DateOnly(2026, 3, 16)));
        var alerts = Create(source, MondayMorning, new SchedulingOptions { ConnectionString = "Data Source=x", WarningWorkingDays = 10 });

        // Act
        var warnings = await alerts.RaiseWarningsAsync();

        // Assert
        Assert.Equal(1, warnings);
        Assert.Equal(new DateOnly(2026, 3, 2), source.Records.Single().WarningDate);
    }

    [Fact]
    public async Task RaiseAlerts_RunRepeatedly_RecordsEachAlertOnce()
    {
        // Arrange
        var source = new FakeLegalClockSource()
            .Add(new ClockDue("clock-warn", "zaak-1", "beslistermijn", new DateOnly(2026, 3, 5)))
            .Add(new ClockDue("clock-late", "zaak-2", "beslistermijn", new DateOnly(2026, 2, 20)));
        var clock = new FakeTimeProvider(MondayMorning);
        var alerts = Create(source, clock);

        // Act
        for (var run = 0; run < 3; run++)
        {
            await alerts.RaiseWarningsAsync();
            await alerts.RaiseBreachesAsync();
            clock.Advance(TimeSpan.FromHours(1));
        }

        // Assert
        Assert.Equal([("clock-late", "breach", null), ("clock-warn", "warning", new DateOnly(2026, 2, 26))], source.Records);
        Assert.Equal(2, source.RecordCalls);
    }

    [Fact]
    public async Task RaiseAlerts_AlreadyRecorded_DoesNotAskToRecordAgain()
    {
        // Arrange
        var source = new FakeLegalClockSource()
            .Add(new ClockDue("clock-1", "zaak-1", "beslistermijn", new DateOnly(2026, 2, 20), WarningRecorded: true, BreachRecorded: true))
            .Add(new ClockDue("clock-2", "zaak-2", "beslistermijn", new DateOnly(2026, 3, 3), WarningRecorded: true));
        var alerts = Create(source, MondayMorning);

        // Act
        var recorded = await alerts.RaiseWarningsAsync() + await alerts.RaiseBreachesAsync();

        // Assert
        Assert.Equal(0, recorded);
        Assert.Equal(0, source.RecordCalls);
    }

    [Fact]
    public async Task RaiseBreaches_LateEveningUtc_UsesTheDutchCalendarDay()
    {
        // Arrange: 23:30 UTC on Sunday 1 March is already Monday 2 March in Amsterdam.
        var source = new FakeLegalClockSource().Add(new ClockDue("clock-1", "zaak-1", "beslistermijn", new DateOnly(2026, 3, 1)));
        var alerts = Create(source, new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero));

        // Act
        var breaches = await alerts.RaiseBreachesAsync();

        // Assert
        Assert.Equal(new DateOnly(2026, 3, 2), alerts.Today);
        Assert.Equal(1, breaches);
    }

    [Fact]
    public async Task RaiseAlerts_NoSourceRegistered_RecordsNothingAndDoesNotFail()
    {
        // Arrange
        var alerts = new RaiseLegalClockAlerts(new FakeTimeProvider(MondayMorning), Options(), NullLogger<RaiseLegalClockAlerts>.Instance);

        // Act
        var recorded = await alerts.RaiseWarningsAsync() + await alerts.RaiseBreachesAsync();

        // Assert
        Assert.Equal(0, recorded);
    }

    private static DateTimeOffset At(string day) => new(DateOnly.Parse(day).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);

    private static SchedulingOptions Options() => new() { ConnectionString = "Data Source=unused.db" };

    private static RaiseLegalClockAlerts Create(ILegalClockSource source, DateTimeOffset now, SchedulingOptions? options = null) =>
        Create(source, new FakeTimeProvider(now), options);

    private static RaiseLegalClockAlerts Create(ILegalClockSource source, TimeProvider time, SchedulingOptions? options = null) =>
        new(time, options ?? Options(), NullLogger<RaiseLegalClockAlerts>.Instance, source);
}
