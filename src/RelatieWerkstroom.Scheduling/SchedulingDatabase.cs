namespace RelatieWerkstroom.Scheduling;

/// <summary>Which database holds Quartz's job store (the application database).</summary>
public enum SchedulingDatabase
{
    /// <summary>A SQLite file; one scheduler per file, no clustering.</summary>
    Sqlite,

    /// <summary>PostgreSQL; schedulers on several nodes share the store as a Quartz cluster.</summary>
    PostgreSql,
}
