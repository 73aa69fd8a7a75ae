namespace RelatieWerkstroom.Persistence.Entities;

/// <summary>
/// A citizen's personal data under a random pseudonym. This is the one table that keeps a BSN and a name (outbox
/// payloads may carry them to a recipient): grant access to it, erase from it and leave it out of exports on its own.
/// </summary>
public sealed class CaseSubjectRow
{
    /// <summary>Random pseudonym id, the only thing other tables carry.</summary>
    public required string SubjectId { get; set; }

    /// <summary>The BSN (nine digits).</summary>
    public required string Bsn { get; set; }

    /// <summary>Full name.</summary>
    public required string Name { get; set; }

    /// <summary>When the subject was first registered.</summary>
    public DateTimeOffset RegisteredAt { get; set; }
}
