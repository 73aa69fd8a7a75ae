namespace RelatieWerkstroom.Casework.Subjects;

/// <summary>
/// The citizen a case file is about. Kept apart from case files and workflow data: case files, instances and the
/// journal only carry <see cref="SubjectId"/>, a random pseudonym.
/// </summary>
public sealed record CaseSubject
{
    /// <summary>Random pseudonym id (not derived from the BSN, so it cannot be reversed).</summary>
    public required string SubjectId { get; init; }

    /// <summary>The BSN (nine digits, elfproef checked).</summary>
    public required string Bsn { get; init; }

    /// <summary>Full name.</summary>
    public required string Name { get; init; }

    /// <summary>When the subject was first registered.</summary>
    public DateTimeOffset RegisteredAt { get; init; }

    /// <summary>Only the pseudonym, so printing a subject does not print personal data.</summary>
    public override string ToString() => $"CaseSubject {SubjectId}";
}
