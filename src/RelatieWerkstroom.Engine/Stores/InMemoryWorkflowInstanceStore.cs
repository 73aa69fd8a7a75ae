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
    private readonly JournalChunks _journal = new();
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

    /// <summary>
    /// The kept journal as rows in large arrays rather than one object per entry: the entries of a run are kept for
    /// as long as the store lives, and millions of small long-lived objects make every garbage collection copy and
    /// mark them. Large arrays are neither copied nor, for the most part, rescanned. Reads hand out fresh entries.
    /// </summary>
    private sealed class JournalChunks
    {
        private const int ChunkSize = 4096;
        private readonly List<JournalRow[]> _chunks = [];
        private int _count;

        public void Add(JournalEntry entry)
        {
            var index = _count % ChunkSize;
            if (index == 0) _chunks.Add(new JournalRow[ChunkSize]);
            _chunks[^1][index] = new JournalRow(entry);
            _count++;
        }

        public List<JournalEntry> Read(long afterSequence, string? instanceId)
        {
            var result = new List<JournalEntry>();
            for (var i = 0; i < _count; i++)
            {
                ref readonly var row = ref _chunks[i / ChunkSize][i % ChunkSize];
                if (row.Sequence > afterSequence && (instanceId is null || row.InstanceId == instanceId))
                    result.Add(row.ToEntry());
            }
            return result;
        }
    }

    private readonly struct JournalRow(JournalEntry e)
    {
        public readonly long Sequence = e.Sequence;
        public readonly string InstanceId = e.InstanceId;
        private readonly string _definitionId = e.DefinitionId;
        private readonly int _definitionVersion = e.DefinitionVersion;
        private readonly string? _activityId = e.ActivityId;
        private readonly string? _activityType = e.ActivityType;
        private readonly string? _activityName = e.ActivityName;
        private readonly string _kind = e.Kind;
        private readonly string? _actor = e.Actor;
        private readonly DateTimeOffset _timestamp = e.Timestamp;
        private readonly string? _outcome = e.Outcome;
        private readonly string? _payloadJson = e.PayloadJson;
        private readonly string? _frictionJson = e.FrictionJson;
        private readonly string? _correlationId = e.CorrelationId;

        public JournalEntry ToEntry() => new()
        {
            Sequence = Sequence,
            InstanceId = InstanceId,
            DefinitionId = _definitionId,
            DefinitionVersion = _definitionVersion,
            ActivityId = _activityId,
            ActivityType = _activityType,
            ActivityName = _activityName,
            Kind = _kind,
            Actor = _actor,
            Timestamp = _timestamp,
            Outcome = _outcome,
            PayloadJson = _payloadJson,
            FrictionJson = _frictionJson,
            CorrelationId = _correlationId,
        };
    }

    private static WorkflowInstance Clone(WorkflowInstance instance) =>
        JsonSerializer.Deserialize<WorkflowInstance>(JsonSerializer.SerializeToUtf8Bytes(instance, Json.Options), Json.Options)!;
}
