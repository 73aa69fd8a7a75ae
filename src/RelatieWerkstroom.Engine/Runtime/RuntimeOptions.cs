namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>Limits and defaults of the runtime.</summary>
public sealed class RuntimeOptions
{
    /// <summary>Activity runs allowed in one burst before it is stopped as an endless loop.</summary>
    public int MaxActivitiesPerBurst { get; set; } = 10_000;

    /// <summary>
    /// Wall-clock limit for one burst (a start or resume until the flow waits). Without it, a loop of slow conditions
    /// stays under the per-evaluation and per-burst activity limits and still runs for hours (10 000 × 2 s).
    /// </summary>
    public TimeSpan MaxBurstDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wall-clock limit for one JavaScript evaluation.</summary>
    public TimeSpan JavaScriptTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Memory a JavaScript evaluation may allocate.</summary>
    public long JavaScriptMemoryLimitBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Maximum JavaScript call depth.</summary>
    public int JavaScriptRecursionLimit { get; set; } = 256;

    /// <summary>Maximum JavaScript statements per evaluation.</summary>
    public int JavaScriptMaxStatements { get; set; } = 1_000_000;

    /// <summary>How often a resume is retried after a concurrency conflict on an unrelated change.</summary>
    public int ConflictRetries { get; set; } = 5;

    /// <summary>
    /// Creates the ids of new instances and bookmarks (and of resumes without an operation id). The default is a random
    /// GUID (32 hex digits); a simulation supplies a seeded generator so that the same seed gives the same ids and the
    /// same journal.
    /// </summary>
    public Func<string> IdGenerator { get; set; } = RandomIds.NewId;
}
