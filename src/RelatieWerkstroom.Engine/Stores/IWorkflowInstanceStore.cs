using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Stores;

/// <summary>Where instances, bookmarks, operations and the journal live. A commit is all-or-nothing.</summary>
public interface IWorkflowInstanceStore
{
    /// <summary>Loads an instance (a private copy the caller may change).</summary>
    Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Finds an open bookmark by id.</summary>
    Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default);

    /// <summary>Finds open bookmarks matching a filter.</summary>
    Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Finds a recorded operation (for idempotent resumes).</summary>
    Task<OperationRecord?> FindOperationAsync(string operationId, CancellationToken cancellationToken = default);

    /// <summary>Finds the operation that consumed a bookmark, if any.</summary>
    Task<OperationRecord?> FindOperationForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a burst atomically: instance states (checked against their expected version), their bookmarks,
    /// journal entries and the operation record. Throws <see cref="ConcurrencyConflictException"/> when an
    /// instance changed since it was loaded or the operation id is already recorded; then nothing is stored.
    /// </summary>
    Task CommitAsync(BurstCommit commit, CancellationToken cancellationToken = default);
}

/// <summary>An open bookmark with the instance it belongs to.</summary>
public sealed record StoredBookmark(string InstanceId, string DefinitionId, string? CorrelationId, Bookmark Bookmark);

/// <summary>Which bookmarks to find; every set field must match.</summary>
public sealed record BookmarkFilter(
    string? Kind = null,
    string? Name = null,
    DateTimeOffset? DueBefore = null,
    string? InstanceId = null,
    string? CorrelationId = null,
    int Take = 1000);

/// <summary>A resume or start that was carried out, kept so the same operation id is not carried out twice.</summary>
public sealed record OperationRecord(string OperationId, string InstanceId, string? BookmarkId, string ResultJson, DateTimeOffset CreatedAt);

/// <summary>Everything one burst changes.</summary>
public sealed record BurstCommit(IReadOnlyList<InstanceChange> Instances, IReadOnlyList<JournalEntry> Journal, OperationRecord? Operation);

/// <summary>An instance to store; <see cref="ExpectedVersion"/> 0 means it is new.</summary>
public sealed record InstanceChange(WorkflowInstance Instance, long ExpectedVersion);
