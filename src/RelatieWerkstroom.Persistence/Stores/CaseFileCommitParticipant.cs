using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>
/// Stores the case-file changes and outgoing messages a burst's activities staged (its <see cref="CaseFileSession"/>s)
/// inside the transaction that stores the burst, and brings the worklist rows of the burst's case files in line: the
/// burst and its case-file side are stored together or not at all.
/// </summary>
public sealed class CaseFileCommitParticipant(CaseFileSessions sessions) : ICommitParticipant
{
    /// <inheritdoc />
    public async Task OnCommitAsync(BurstCommit commit, WerkstroomDbContext db, CancellationToken cancellationToken)
    {
        // The sessions are handed out here once; the CaseworkInstanceStore's pass after the commit finds none left.
        try
        {
            var caseFiles = new EFCoreCaseFileStore(db);
            await sessions.ApplyAsync(commit, caseFiles, new EFCoreOutbox(db), cancellationToken);
            await WorklistEntries.SyncAfterBurstAsync(db, commit, caseFiles.Changed, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            throw new InvalidOperationException(
                $"the case-file changes of this workflow step could not be stored ({(ex.InnerException ?? ex).Message}); nothing of the step was stored", ex);
        }
    }
}
