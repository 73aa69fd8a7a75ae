using System.Runtime.CompilerServices;
using System.Text.Json;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Stores;

/// <summary>An instance store in process memory, with the same atomicity and concurrency rules as the database store.</summary>
public sealed class InMemoryWorkflowInstanceStore : IWorkflowInstanceStore, IJournalReader
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, WorkflowInstance> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredBookmark> _bookmarks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OperationRecord> _operations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OperationRecord> _operationsByBookmark = new(StringComparer.Ordinal);
    private readonly InMemoryJournalLog _journal = new();
    private long _sequence;

    /// <summary>Whether to keep journal entries (benchmarks of pure engine overhead may switch it off).</summary>
    public bool KeepJournal { get; init; } = true;

    /// <summary>Number of stored instances.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _instances.Count;
        }
    }

    /// <inheritdoc />
    public Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult(_instances.TryGetValue(instanceId, out var i) ? Clone(i) : null);
    }

    /// <inheritdoc />
    public Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_bookmarks.GetValueOrDefault(bookmarkId));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkFilter filter, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<StoredBookmark> result = _bookmarks.Values
                .Where(b => filter.Kind is null || b.Bookmark.Kind == filter.Kind)
                .Where(b => filter.Name is null || b.Bookmark.Name == filter.Name)
                .Where(b => filter.InstanceId is null || b.InstanceId == filter.InstanceId)
                .Where(b => filter.CorrelationId is null || b.CorrelationId == filter.CorrelationId)
                .Where(b => filter.DueBefore is null || (b.Bookmark.DueAt is { } due && due <= filter.DueBefore))
                .OrderBy(b => b.Bookmark.DueAt ?? b.Bookmark.CreatedAt)
                .Take(filter.Take)
                .ToList();
            return Task.FromResult(result);
        }
    }

    /// <inheritdoc />
    public Task<OperationRecord?> FindOperationAsync(string operationId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_operations.GetValueOrDefault(operationId));
    }

    /// <inheritdoc />
    public Task<OperationRecord?> FindOperationForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_operationsByBookmark.GetValueOrDefault(bookmarkId));
    }

    /// <inheritdoc />
    public Task CommitAsync(BurstCommit commit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var change in commit.Instances)
            {
                var current = _instances.GetValueOrDefault(change.Instance.Id);
                var currentVersion = current?.Version ?? 0;
                if (currentVersion != change.ExpectedVersion)
                    throw new ConcurrencyConflictException(
                        $"instance {change.Instance.Id} was changed by someone else (version {currentVersion}, expected {change.ExpectedVersion})");
            }
            if (commit.Operation is { } op && _operations.ContainsKey(op.OperationId))
                throw new ConcurrencyConflictException($"operation {op.OperationId} was already carried out");

            foreach (var change in commit.Instances)
            {
                var instance = change.Instance;
                if (_instances.TryGetValue(instance.Id, out var old))
                    foreach (var b in old.Bookmarks) _bookmarks.Remove(b.Id);
                // Store a snapshot: the caller keeps mutating its own object.
                var stored = change.ExpectedVersion == 0 && instance.Bookmarks.Count == 0 && !instance.IsActive ? instance : Clone(instance);
                _instances[instance.Id] = stored;
                foreach (var b in instance.Bookmarks)
                    _bookmarks[b.Id] = new StoredBookmark(instance.Id, instance.DefinitionId, instance.CorrelationId, b);
            }
            if (commit.Operation is { } operation)
            {
                _operations[operation.OperationId] = operation;
                if (operation.BookmarkId is not null) _operationsByBookmark[operation.BookmarkId] = operation;
            }
            if (KeepJournal)
                foreach (var entry in commit.Journal)
                {
                    entry.Sequence = ++_sequence;
                    _journal.Add(entry);
                }
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<JournalEntry> ReadAsync(long afterSequence = 0, string? instanceId = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<JournalEntry> snapshot;
        lock (_lock) snapshot = _journal.Read(afterSequence, instanceId);
        foreach (var entry in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }
        await Task.CompletedTask;
    }

    private static WorkflowInstance Clone(WorkflowInstance instance) =>
        JsonSerializer.Deserialize<WorkflowInstance>(JsonSerializer.SerializeToUtf8Bytes(instance, Json.Options), Json.Options)!;
}
