namespace RelatieWerkstroom.Casework.Subjects;

/// <summary>Where personal data of case subjects live, separate from case files and process data.</summary>
public interface ICaseSubjectStore
{
    /// <summary>Finds a subject by pseudonym.</summary>
    Task<CaseSubject?> FindAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>Finds a subject by BSN (nine digits).</summary>
    Task<CaseSubject?> FindByBsnAsync(string bsn, CancellationToken cancellationToken = default);

    /// <summary>Adds a subject; returns false (and stores nothing) when the BSN or pseudonym is already registered.</summary>
    Task<bool> TryAddAsync(CaseSubject subject, CancellationToken cancellationToken = default);

    /// <summary>Removes a subject (only to undo a registration whose case file could not be opened).</summary>
    Task DeleteAsync(string subjectId, CancellationToken cancellationToken = default);
}
