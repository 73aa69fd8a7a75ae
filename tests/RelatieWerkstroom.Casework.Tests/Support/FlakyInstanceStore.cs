using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>An instance store that loses every commit race while <see cref="Fail"/> is set.</summary>
public sealed class FlakyInstanceStore(IWorkflowInstanceStore inner) : IWorkflowInstanceStore
{
    public bool Fail { get; set; }

    public int Attempts { get; private set; }

    public Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default) => inner.FindAsync(instanceId, cancellationToken);

    public Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) => inner.FindBookmarkAsync(bookmarkId, cancellationToken);

    public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkFilter filter, CancellationToken cancellationToken = default) => inner.FindBookmarksAsync(filter, cancellationToken);

    public Task<OperationRecord?> FindOperationAsync(string operationId, CancellationToken cancellationToken = default) => inner.FindOperationAsync(operationId, cancellationToken);

    public Task<OperationRecord?> FindOperationForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        inner.FindOperationForBookmarkAsync(bookmarkId, cancellationToken);

    public Task CommitAsync(BurstCommit commit, CancellationToken cancellationToken = default)
    {
        Attempts++;
        return Fail ? throw new ConcurrencyConflictException("someone else committed first") : inner.CommitAsync(commit, cancellationToken);
    }
}
