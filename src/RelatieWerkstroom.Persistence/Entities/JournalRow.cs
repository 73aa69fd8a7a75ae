namespace RelatieWerkstroom.Persistence.Entities;

/// <summary>One append-only journal event; the database assigns the sequence.</summary>
public sealed class JournalRow
{
    /// <summary>Global order, assigned by the database.</summary>
    public long Sequence { get; set; }

    /// <summary>Instance.</summary>
    public required string InstanceId { get; set; }

    /// <summary>Stable definition id.</summary>
    public required string DefinitionId { get; set; }

    /// <summary>Definition version number.</summary>
    public int DefinitionVersion { get; set; }

    /// <summary>Activity id, null for instance-level events.</summary>
    public string? ActivityId { get; set; }

    /// <summary>Activity type.</summary>
    public string? ActivityType { get; set; }

    /// <summary>Activity display name.</summary>
    public string? ActivityName { get; set; }

    /// <summary>Event kind.</summary>
    public required string Kind { get; set; }

    /// <summary>Who caused it.</summary>
    public string? Actor { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>Outcome port(s).</summary>
    public string? Outcome { get; set; }

    /// <summary>Event data as JSON.</summary>
    public string? PayloadJson { get; set; }

    /// <summary>The activity's friction annotation as JSON.</summary>
    public string? FrictionJson { get; set; }

    /// <summary>Correlation of the instance.</summary>
    public string? CorrelationId { get; set; }
}
