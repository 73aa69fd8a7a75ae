using System.Globalization;

namespace RelatieWerkstroom.Scheduling;

/// <summary>
/// Settings of the scheduler. Quartz fires triggers on real (wall-clock) time; everything the engine and the
/// legal-clock rules decide uses the injected <see cref="TimeProvider"/>, which in production is the same clock.
/// </summary>
public sealed class SchedulingOptions
{
    /// <summary>The database that holds the job store (the application database).</summary>
    public SchedulingDatabase Database { get; set; } = SchedulingDatabase.Sqlite;

    /// <summary>ADO.NET connection string of that database, e.g. <c>Data Source=werkstroom.db</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Quartz scheduler name; part of every job-store key, so a restarted app must use the same name.</summary>
    public string SchedulerName { get; set; } = "RelatieWerkstroom";

    /// <summary>Whether to create the QRTZ_* tables (if missing) when the host starts.</summary>
    public bool CreateSchema { get; set; } = true;

    /// <summary>How late a trigger may fire before Quartz applies its misfire policy (fire once, now).</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often open timer bookmarks are compared with the scheduled triggers.</summary>
    public TimeSpan TimerSyncInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How far ahead (engine time) the timer sync schedules triggers for open timer bookmarks.</summary>
    public TimeSpan TimerLookahead { get; set; } = TimeSpan.FromDays(1);

    /// <summary>At most this many timer bookmarks are looked at per sync run (the earliest due first).</summary>
    public int TimerBatchSize { get; set; } = 1000;

    /// <summary>How often legal clocks are checked for due warnings and breaches.</summary>
    public TimeSpan LegalClockScanInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Working days before the deadline a warning is raised, unless the clock sets its own number.</summary>
    public int WarningWorkingDays { get; set; } = 5;

    /// <summary>Calendar days ahead the warning scan looks for deadlines; must cover the largest warning period.</summary>
    public int LegalClockLookaheadDays { get; set; } = 62;

    /// <summary>Time zone that decides which calendar day it is for legal clocks.</summary>
    public string TimeZoneId { get; set; } = "Europe/Amsterdam";

    /// <summary>How often a clustered (PostgreSQL) node checks in with the others.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
            throw Invalid(nameof(ConnectionString), "is empty; give the connection string of the application database");
        if (string.IsNullOrWhiteSpace(SchedulerName))
            throw Invalid(nameof(SchedulerName), "is empty");
        if (!Enum.IsDefined(Database))
            throw Invalid(nameof(Database), $"'{Database}' is not a supported database (Sqlite or PostgreSql)");
        RequirePositive(nameof(MisfireThreshold), MisfireThreshold);
        RequirePositive(nameof(TimerSyncInterval), TimerSyncInterval);
        RequirePositive(nameof(LegalClockScanInterval), LegalClockScanInterval);
        RequirePositive(nameof(ClusterCheckinInterval), ClusterCheckinInterval);
        if (TimerLookahead < TimeSpan.Zero)
            throw Invalid(nameof(TimerLookahead), $"is {TimerLookahead}; it cannot be negative");
        if (TimerBatchSize < 1)
            throw Invalid(nameof(TimerBatchSize), $"is {TimerBatchSize}; it must be at least 1");
        if (WarningWorkingDays < 0)
            throw Invalid(nameof(WarningWorkingDays), $"is {WarningWorkingDays}; it cannot be negative");
        if (LegalClockLookaheadDays < 0)
            throw Invalid(nameof(LegalClockLookaheadDays), $"is {LegalClockLookaheadDays}; it cannot be negative");
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw Invalid(nameof(TimeZoneId), $"'{TimeZoneId}' is not a time zone known to this system");
        }
    }

    /// <summary>The time zone named by <see cref="TimeZoneId"/>.</summary>
    public TimeZoneInfo TimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    private static void RequirePositive(string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
            throw Invalid(name, $"is {value.ToString("c", CultureInfo.InvariantCulture)}; it must be positive");
    }

    private static ArgumentException Invalid(string setting, string problem) =>
        new($"scheduling setting {setting} {problem}", setting);
}
