namespace RelatieWerkstroom.Persistence.Entities;

/// <summary>One run of a legal clock on a case file, with its deadline and warning date as columns for the scheduler's scan.</summary>
public sealed class CaseClockRow
{
    /// <summary>The case file.</summary>
    public required string CaseFileId { get; set; }

    /// <summary>Id of this run of the clock.</summary>
    public required string Id { get; set; }

    /// <summary>Position among the case file's clocks (the order they were started).</summary>
    public int Position { get; set; }

    /// <summary>Clock name, e.g. <c>beslistermijn</c>.</summary>
    public required string Name { get; set; }

    /// <summary>The article that sets the term.</summary>
    public required string LegalBasis { get; set; }

    /// <summary>The original term, e.g. "2 weeks".</summary>
    public required string Term { get; set; }

    /// <summary>The day of the triggering event.</summary>
    public DateOnly Start { get; set; }

    /// <summary>Working days before the deadline on which to warn.</summary>
    public int WarningWorkingDays { get; set; }

    /// <summary>The instance that started the clock.</summary>
    public string? InstanceId { get; set; }

    /// <summary>The LegalClock activity that started the clock.</summary>
    public string? ActivityId { get; set; }

    /// <summary>The transitions (start, suspensions, extensions, stop) as JSON; replaying them rebuilds the clock.</summary>
    public required string TransitionsJson { get; set; }

    /// <summary>The last day on which the term is met; null while suspended.</summary>
    public DateOnly? Deadline { get; set; }

    /// <summary>The day to warn; null while suspended.</summary>
    public DateOnly? WarningDate { get; set; }

    /// <summary>Whether an opschorting is open.</summary>
    public bool IsSuspended { get; set; }

    /// <summary>Days suspended by closed suspensions.</summary>
    public int SuspendedDays { get; set; }

    /// <summary>When the scheduler recorded the deadline warning (so a later scan does not record it again).</summary>
    public DateTimeOffset? WarningRecordedAt { get; set; }

    /// <summary>When the scheduler recorded the breach of the deadline (so a later scan does not record it again).</summary>
    public DateTimeOffset? BreachRecordedAt { get; set; }

    /// <summary>The day the clock stopped; null while it runs.</summary>
    public DateOnly? StoppedOn { get; set; }
}
