using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Engine.Tests.Support;

/// <summary>An instance store with hooks before reads and commits, to line up two resumes in a chosen order.</summary>
public sealed class GatedInstanceStore(IWorkflowInstanceStore inner) : IWorkflowInstanceStore
{
    /// <summary>When set, every commit first waits here (e.g. a barrier both contenders must reach).</summary>
    public Func<Task>? BeforeCommit { get; set; }

    /// <summary>When set, runs before an instance (<c>Find</c>) or bookmark (<c>FindBookmark</c>) is read; it may take itself off.</summary>
    public Func<string, Task>? BeforeRead { get; set; }

    public async Task<Engine.Runtime.WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        if (BeforeRead is { } hook) await hook("Find");
        return await inner.FindAsync(instanceId, cancellationToken);
    }

    public async Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        if (BeforeRead is { } hook) await hook("FindBookmark");
        return await inner.FindBookmarkAsync(bookmarkId, cancellationToken);
    }

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
