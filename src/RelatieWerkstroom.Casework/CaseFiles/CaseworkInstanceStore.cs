using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// Wraps the engine's instance store: after a burst is committed, stores the case-file changes and outgoing messages
/// its activities staged. A burst that is refused or loses a race commits nothing, so it changes no case file either.
/// </summary>
public sealed class CaseworkInstanceStore : IWorkflowInstanceStore, IJournalReader
{
    private readonly IWorkflowInstanceStore _inner;
    private readonly CaseFileSessions _sessions;

    /// <summary>Wraps <paramref name="inner"/> and connects <paramref name="sessions"/> to its commits.</summary>
    public CaseworkInstanceStore(IWorkflowInstanceStore inner, CaseFileSessions sessions)
    {
        _inner = inner;
        _sessions = sessions;
        sessions.Attach();
    }

    /// <summary>The wrapped store.</summary>
    public IWorkflowInstanceStore Inner => _inner;

    /// <inheritdoc />
    public Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default) =>
        _inner.FindAsync(instanceId, cancellationToken);

    /// <inheritdoc />
    public Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        _inner.FindBookmarkAsync(bookmarkId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkFilter filter, CancellationToken cancellationToken = default) =>
        _inner.FindBookmarksAsync(filter, cancellationToken);

    /// <inheritdoc />
    public Task<OperationRecord?> FindOperationAsync(string operationId, CancellationToken cancellationToken = default) =>
        _inner.FindOperationAsync(operationId, cancellationToken);

    /// <inheritdoc />
    public Task<OperationRecord?> FindOperationForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        _inner.FindOperationForBookmarkAsync(bookmarkId, cancellationToken);

    /// <inheritdoc />
    public async Task CommitAsync(BurstCommit commit, CancellationToken cancellationToken = default)
    {
        await _inner.CommitAsync(commit, cancellationToken);
        // Only reached when the burst is stored. A store that enlists the sessions in its own transaction (the EF Core
        // store with Persistence's AddCaseworkPersistence) has already stored them, and this finds nothing left; for
        // other stores, a crash in between would lose the case-file side, never the workflow side.
        await _sessions.ApplyAsync(commit, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<JournalEntry> ReadAsync(long afterSequence = 0, string? instanceId = null, CancellationToken cancellationToken = default) =>
        _inner is IJournalReader reader
            ? reader.ReadAsync(afterSequence, instanceId, cancellationToken)
            : throw new InvalidOperationException($"{_inner.GetType().Name} does not read the journal; resolve IJournalReader instead");
}
