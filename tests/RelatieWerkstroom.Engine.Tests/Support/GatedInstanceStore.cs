using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Engine.Tests.Support;

/// <summary>An instance store whose commits wait at a gate, so that two bursts are both ready before either is stored.</summary>
public sealed class GatedInstanceStore(IWorkflowInstanceStore inner) : IWorkflowInstanceStore
{
    /// <summary>When set, every commit first waits here (e.g. a barrier both contenders must reach).</summary>
    public Func<Task>? BeforeCommit { get; set; }

    public Task<Engine.Runtime.WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default) =>
        inner.FindAsync(instanceId, cancellationToken);

    public Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        inner.FindBookmarkAsync(bookmarkId, cancellationToken);

    public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkFilter filter, CancellationToken cancellationToken = default) =>
        inner.FindBookmarksAsync(filter, cancellationToken);

    public Task<OperationRecord?> FindOperationAsync(string operationId, CancellationToken cancellationToken = default) =>
        inner.FindOperationAsync(operationId, cancellationToken);

    public Task<OperationRecord?> FindOperationForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        inner.FindOperationForBookmarkAsync(bookmarkId, cancellationToken);

    public async Task CommitAsync(BurstCommit commit, CancellationToken cancellationToken = default)
    {
        if (BeforeCommit is { } gate) await gate();
        await inner.CommitAsync(commit, cancellationToken);
    }
}
