namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>One append-only journal event: what happened to which activity of which instance, when and by whom.</summary>
public sealed class JournalEntry
{
    /// <summary>Global order, assigned by the store on commit.</summary>
    public long Sequence { get; set; }

    /// <summary>Instance.</summary>
    public required string InstanceId { get; init; }

    /// <summary>Stable definition id.</summary>
    public required string DefinitionId { get; init; }

    /// <summary>Definition version number.</summary>
    public int DefinitionVersion { get; init; }

    /// <summary>Activity id, null for instance-level events.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Activity type.</summary>
    public string? ActivityType { get; init; }

    /// <summary>Activity display name.</summary>
    public string? ActivityName { get; init; }

    /// <summary>Event kind (see <see cref="JournalEvents"/>; domain modules add their own).</summary>
    public required string Kind { get; init; }

    /// <summary>Who caused it: a user id, <c>system</c>, <c>system:timer</c>, …</summary>
    public string? Actor { get; init; }

    /// <summary>When (from the runtime's TimeProvider).</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Outcome port(s), comma-separated, for completions.</summary>
    public string? Outcome { get; init; }

    /// <summary>Event data as JSON (no personal data).</summary>
    public string? PayloadJson { get; init; }

    /// <summary>The activity's friction annotation at the time, as JSON.</summary>
    public string? FrictionJson { get; init; }

    /// <summary>Correlation of the instance (e.g. the case file id).</summary>
    public string? CorrelationId { get; init; }
}

/// <summary>Journal event kinds written by the engine.</summary>
public static class JournalEvents
{
    public const string InstanceStarted = "InstanceStarted";
    public const string InstanceSuspended = "InstanceSuspended";
    public const string InstanceResumed = "InstanceResumed";
    public const string InstanceFinished = "InstanceFinished";
    public const string InstanceFaulted = "InstanceFaulted";
    public const string InstanceCancelled = "InstanceCancelled";
    public const string InstanceRetried = "InstanceRetried";
    public const string ActivityStarted = "ActivityStarted";
    public const string ActivityCompleted = "ActivityCompleted";
    public const string ActivitySuspended = "ActivitySuspended";
    public const string ActivityResumed = "ActivityResumed";
    public const string ActivityFaulted = "ActivityFaulted";
    public const string ActivityCancelled = "ActivityCancelled";
    public const string StepStarted = "StepStarted";
    public const string StepCompleted = "StepCompleted";
}
