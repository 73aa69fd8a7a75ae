namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>A decision at a discretion point, with the written reason (which stays here, never in the journal).</summary>
public sealed record CaseDecision
{
    /// <summary>The discretion point id, e.g. <c>RW1-DP10</c> (the activity id when the definition gives none).</summary>
    public required string DiscretionId { get; init; }

    /// <summary>The chosen option id.</summary>
    public required string Option { get; init; }

    /// <summary>The default option at the time (the municipality may override the definition's).</summary>
    public required string DefaultOption { get; init; }

    /// <summary>Whether the choice differs from the default.</summary>
    public bool Deviation { get; init; }

    /// <summary>The motivation; required when deviating (Awb 4:84) or when the point requires one.</summary>
    public string? Reason { get; init; }

    /// <summary>The legal basis of the discretion.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>Who decided (user id).</summary>
    public required string DecidedBy { get; init; }

    /// <summary>In which role.</summary>
    public required string Role { get; init; }

    /// <summary>When.</summary>
    public DateTimeOffset DecidedAt { get; init; }

    /// <summary>The workflow instance.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The DiscretionPoint activity.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The bookmark that was resumed.</summary>
    public string? BookmarkId { get; init; }
}
