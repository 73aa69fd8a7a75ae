using System.Globalization;
using Microsoft.Extensions.Logging;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Scheduling.LegalClocks;

/// <summary>
/// Records deadline warnings (a number of working days before the deadline) and breaches (the day after the
/// deadline) of legal clocks, once per clock. "Today" is the calendar day in the configured time zone on the
/// injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class RaiseLegalClockAlerts(
    TimeProvider time,
    SchedulingOptions options,
    ILogger<RaiseLegalClockAlerts> logger,
    ILegalClockSource? source = null)
{
    private readonly TimeZoneInfo _zone = options.TimeZone();

    /// <summary>The current calendar day for legal clocks.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);

    /// <summary>Records a warning for every running clock whose warning date has come and whose deadline has not passed.</summary>
    public async Task<int> RaiseWarningsAsync(CancellationToken cancellationToken = default)
    {
        if (source is null) return NoSource();
        var today = Today;
        var recorded = 0;
        foreach (var clock in await source.FindClocksAsync(today.AddDays(options.LegalClockLookaheadDays), cancellationToken))
        {
            // After the deadline a late warning says nothing the breach does not; the breach job records that.
            if (clock.WarningRecorded || clock.BreachRecorded || clock.Deadline < today) continue;
            var warningDate = WarningDate(clock);
            if (warningDate > today) continue;
            if (await source.RecordWarningAsync(clock, warningDate, time.GetUtcNow(), cancellationToken))
            {
                recorded++;
                logger.LogInformation("Deadline warning recorded for clock {ClockId} ({Clock}, deadline {Deadline})",
                    clock.ClockId, clock.Clock, clock.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
        return recorded;
    }

    /// <summary>Records a breach for every running clock whose deadline lies before today.</summary>
    public async Task<int> RaiseBreachesAsync(CancellationToken cancellationToken = default)
    {
        if (source is null) return NoSource();
        var today = Today;
        var recorded = 0;
        foreach (var clock in await source.FindClocksAsync(today.AddDays(-1), cancellationToken))
        {
            if (clock.BreachRecorded || clock.Deadline >= today) continue;
            if (await source.RecordBreachAsync(clock, time.GetUtcNow(), cancellationToken))
            {
                recorded++;
                logger.LogWarning("Deadline breached for clock {ClockId} ({Clock}, deadline {Deadline})",
                    clock.ClockId, clock.Clock, clock.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
        return recorded;
    }

    /// <summary>The day the warning for this clock is due: the set number of working days before the deadline.</summary>
    public DateOnly WarningDate(ClockDue clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var workingDays = clock.WarningWorkingDays ?? options.WarningWorkingDays;
        if (workingDays < 0)
            throw new ArgumentException($"clock {clock.ClockId}: warning working days is {workingDays}; it cannot be negative", nameof(clock));
        var calendar = AlgemeneTermijnenwet.Default.Calendar;
        var day = clock.Deadline;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day)) counted++;
        }
        return day;
    }

    private int NoSource()
    {
        logger.LogWarning("No ILegalClockSource is registered: legal-clock warnings and breaches are not being recorded");
        return 0;
    }
}
