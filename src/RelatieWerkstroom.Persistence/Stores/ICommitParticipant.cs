using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>Work that is stored in the same database transaction as a workflow burst (such as the case-file changes the burst staged).</summary>
public interface ICommitParticipant
{
    /// <summary>
    /// Called inside the transaction of <see cref="EFCoreWorkflowInstanceStore.CommitAsync"/>, after the burst's
    /// instances, operation record, bookmarks and journal are written and before the transaction commits. Write through
    /// <paramref name="db"/> and save there (its change tracker may be cleared: the engine's rows are already saved).
    /// Throwing rolls the whole burst back; a <see cref="ConcurrencyConflictException"/> lets the runtime run a resume again.
    /// </summary>
    Task OnCommitAsync(BurstCommit commit, WerkstroomDbContext db, CancellationToken cancellationToken);
}
