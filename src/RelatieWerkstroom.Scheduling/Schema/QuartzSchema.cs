namespace RelatieWerkstroom.Scheduling.Schema;

/// <summary>
/// Creates the tables of Quartz's ADO.NET job store (QRTZ_*) in the application database. Quartz does not create
/// them itself. Safe to run at every start and from several processes at once: it only adds what is missing.
/// </summary>
public static class QuartzSchema
{
    /// <summary>Prefix of every Quartz table (Quartz's default, which the job store is configured with).</summary>
    public const string TablePrefix = "QRTZ_";

    /// <summary>The job-store tables, without prefix.</summary>
    public static IReadOnlyList<string> Tables { get; } =
    [
        "JOB_DETAILS", "TRIGGERS", "SIMPLE_TRIGGERS", "SIMPROP_TRIGGERS", "CRON_TRIGGERS", "BLOB_TRIGGERS",
        "CALENDARS", "PAUSED_TRIGGER_GRPS", "FIRED_TRIGGERS", "SCHEDULER_STATE", "LOCKS",
    ];

    /// <summary>Creates missing tables, columns and indexes for the given database.</summary>
    public static Task EnsureCreatedAsync(SchedulingDatabase database, string connectionString, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new ArgumentException("no connection string given for the Quartz tables", nameof(connectionString));
        return database switch
        {
            SchedulingDatabase.Sqlite => SqliteQuartzSchema.EnsureCreatedAsync(connectionString, cancellationToken),
            SchedulingDatabase.PostgreSql => PostgresQuartzSchema.EnsureCreatedAsync(connectionString, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(database), database, "unsupported database for the Quartz job store"),
        };
    }
}
