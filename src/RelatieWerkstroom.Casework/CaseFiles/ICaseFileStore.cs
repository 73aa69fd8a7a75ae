namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Where case files live. Every change is a read-modify-write on the latest stored version, so concurrent changes merge.</summary>
public interface ICaseFileStore
{
    /// <summary>Loads a case file (a private copy the caller may change without effect).</summary>
    Task<CaseFile?> FindAsync(string caseFileId, CancellationToken cancellationToken = default);

    /// <summary>Adds a new case file; throws <see cref="InvalidOperationException"/> when the id exists.</summary>
    Task AddAsync(CaseFile caseFile, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies <paramref name="change"/> to the latest version and stores the result with a new version. When
    /// <paramref name="change"/> throws, nothing is stored and the exception propagates. Throws
    /// <see cref="KeyNotFoundException"/> when the case file does not exist. Returns a copy of the stored result.
    /// </summary>
    Task<CaseFile> UpdateAsync(string caseFileId, Action<CaseFile> change, CancellationToken cancellationToken = default);

    /// <summary>Removes a case file (only to undo an opening whose workflow could not start).</summary>
    Task DeleteAsync(string caseFileId, CancellationToken cancellationToken = default);

    /// <summary>Lists case files, most recently opened first.</summary>
    Task<IReadOnlyList<CaseFile>> QueryAsync(CaseFileQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many case files match <paramref name="query"/>'s fields (its <see cref="CaseFileQuery.Skip"/> and
    /// <see cref="CaseFileQuery.Take"/> are ignored), so a list can say how many pages there are. A database store counts
    /// in the query; this default counts what <see cref="QueryAsync"/> returns.
    /// </summary>
    async Task<int> CountAsync(CaseFileQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return (await QueryAsync(query with { Skip = 0, Take = int.MaxValue }, cancellationToken)).Count;
    }

    /// <summary>Clocks that still run (also suspended ones, which have no deadline yet), earliest deadline first.</summary>
    Task<IReadOnlyList<RunningClock>> FindRunningClocksAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Running clocks that are not suspended and whose warning date is on or before <paramref name="warningDateOnOrBefore"/>
    /// (so also those past their deadline), earliest deadline first: what a scheduler warns about on that day. A
    /// database store answers this from indexed columns; this default filters <see cref="FindRunningClocksAsync(CancellationToken)"/>.
    /// </summary>
    async Task<IReadOnlyList<RunningClock>> FindRunningClocksAsync(DateOnly warningDateOnOrBefore, CancellationToken cancellationToken = default) =>
        (await FindRunningClocksAsync(cancellationToken)).Where(r => r.Clock.WarningDate <= warningDateOnOrBefore).ToList();
}
