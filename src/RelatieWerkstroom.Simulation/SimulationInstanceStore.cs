using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// The simulation's instance store. It follows the engine's store contract (atomic commits, optimistic concurrency on
/// the instance version, an operation id is carried out once) and tells the simulator, after every commit, which
/// bookmarks opened (also in sub-workflows and in parents they wake) and which closed. Journal entries are numbered in
/// commit order and handed to a sink instead of kept. Compared with the engine's in-memory store it copies an instance
/// once per load instead of twice per burst, and finds due timers and a case's bookmarks through indexes, because a
/// simulated year holds tens of thousands of open bookmarks. Not thread-safe: the simulation runs on one thread.
/// </summary>
public sealed class SimulationInstanceStore : IWorkflowInstanceStore
{
    private readonly Action<JournalEntry> _journal;
    private readonly Dictionary<string, WorkflowInstance> _instances = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, StoredBookmark> _bookmarks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _bookmarksByInstance = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _bookmarksByCorrelation = new(StringComparer.Ordinal);
    private readonly SortedSet<(long DueTicks, string Id)> _timers = [];
    private const int RememberedResults = 4096;

    private readonly HashSet<string> _operationIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OperationRecord> _operations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OperationRecord> _operationsByBookmark = new(StringComparer.Ordinal);
    private readonly Queue<OperationRecord> _recentOperations = new();
    private readonly List<StoredBookmark> _opened = [];
    private long _sequence;

    /// <summary>Creates the store; <paramref name="journal"/> receives every committed journal entry, numbered.</summary>
    public SimulationInstanceStore(Action<JournalEntry> journal) => _journal = journal;

    /// <summary>Journal entries committed so far.</summary>
    public long JournalCount => _sequence;

    /// <summary>Instances in the order they were first stored, each in its latest committed state (do not change them).</summary>
    public IEnumerable<WorkflowInstance> Instances => _order.Select(id => _instances[id]);

    /// <summary>Number of instances.</summary>
    public int InstanceCount => _order.Count;

    /// <summary>Whether a bookmark is still open.</summary>
    public bool IsOpen(string bookmarkId) => _bookmarks.ContainsKey(bookmarkId);

    /// <summary>The bookmarks that opened since the last call, in the order they were committed.</summary>
    public IReadOnlyList<StoredBookmark> TakeOpened()
    {
        if (_opened.Count == 0) return [];
        var opened = _opened.ToList();
        _opened.Clear();
        return opened;
    }

    /// <inheritdoc />
    public Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default) =>
        // The caller changes what it loads, so it gets its own copy.
        Task.FromResult(_instances.TryGetValue(instanceId, out var instance) ? Clone(instance) : null);

    /// <inheritdoc />
    public Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_bookmarks.GetValueOrDefault(bookmarkId));

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkFilter filter, CancellationToken cancellationToken = default)
    {
        IEnumerable<StoredBookmark> candidates;
        if (filter.DueBefore is { } dueBefore)
            candidates = _timers.GetViewBetween((long.MinValue, ""), (dueBefore.UtcTicks, "\uffff")).Select(t => _bookmarks[t.Id]);
        else if (filter.CorrelationId is { } correlationId)
            candidates = _bookmarksByCorrelation.TryGetValue(correlationId, out var ids) ? ids.Select(id => _bookmarks[id]) : [];
        else
            candidates = _bookmarks.Values;
        IReadOnlyList<StoredBookmark> result = candidates
            .Where(b => filter.Kind is null || b.Bookmark.Kind == filter.Kind)
            .Where(b => filter.Name is null || b.Bookmark.Name == filter.Name)
            .Where(b => filter.InstanceId is null || b.InstanceId == filter.InstanceId)
            .Where(b => filter.CorrelationId is null || b.CorrelationId == filter.CorrelationId)
            .Where(b => filter.DueBefore is null || (b.Bookmark.DueAt is { } due && due <= filter.DueBefore))
            .OrderBy(b => b.Bookmark.DueAt ?? b.Bookmark.CreatedAt).ThenBy(b => b.Bookmark.Id, StringComparer.Ordinal)
            .Take(filter.Take)
            .ToList();
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<OperationRecord?> FindOperationAsync(string operationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_operations.GetValueOrDefault(operationId));

    /// <inheritdoc />
    public Task<OperationRecord?> FindOperationForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_operationsByBookmark.GetValueOrDefault(bookmarkId));

    /// <inheritdoc />
    public Task CommitAsync(BurstCommit commit, CancellationToken cancellationToken = default)
    {
        foreach (var change in commit.Instances)
        {
            var exists = _instances.TryGetValue(change.Instance.Id, out var current);
            if (exists && change.ExpectedVersion == 0)
                throw new ConcurrencyConflictException($"instance {change.Instance.Id} was already stored by someone else; nothing was stored");
            var currentVersion = exists ? current!.Version : 0;
            if (currentVersion != change.ExpectedVersion)
                throw new ConcurrencyConflictException(
                    $"instance {change.Instance.Id} was changed by someone else (version {currentVersion}, expected {change.ExpectedVersion})");
        }
        if (commit.Operation is { } duplicate && _operationIds.Contains(duplicate.OperationId))
            throw new ConcurrencyConflictException($"operation {duplicate.OperationId} was already carried out");

        foreach (var change in commit.Instances)
        {
            var instance = change.Instance;
            if (!_instances.ContainsKey(instance.Id)) _order.Add(instance.Id);
            // As the database stores do: the stored version is the one the commit expected plus one.
            instance.Version = change.ExpectedVersion + 1;
            // The runtime does not touch a burst's instance after its commit, so the object itself is the stored state.
            _instances[instance.Id] = instance;
            var now = instance.Bookmarks.Select(b => b.Id).ToArray();
            if (_bookmarksByInstance.TryGetValue(instance.Id, out var before))
                foreach (var id in before)
                    if (Array.IndexOf(now, id) < 0) Close(id);
            _bookmarksByInstance[instance.Id] = now;
            foreach (var bookmark in instance.Bookmarks)
            {
                if (_bookmarks.ContainsKey(bookmark.Id)) continue;
                var stored = new StoredBookmark(instance.Id, instance.DefinitionId, instance.CorrelationId, bookmark);
                _bookmarks[bookmark.Id] = stored;
                if (bookmark.DueAt is { } due) _timers.Add((due.UtcTicks, bookmark.Id));
                if (instance.CorrelationId is { } correlationId)
                {
                    if (!_bookmarksByCorrelation.TryGetValue(correlationId, out var ids)) _bookmarksByCorrelation[correlationId] = ids = new HashSet<string>(StringComparer.Ordinal);
                    ids.Add(bookmark.Id);
                }
                _opened.Add(stored);
            }
        }
        if (commit.Operation is { } operation) Remember(operation);
        foreach (var entry in commit.Journal)
        {
            entry.Sequence = ++_sequence;
            _journal(entry);
        }
        return Task.CompletedTask;
    }

    // Every operation id stays known, so none is carried out twice; the results of only the most recent ones are kept
    // for replays (a caller retries at once or not at all), because keeping a year of results costs hundreds of megabytes.
    private void Remember(OperationRecord operation)
    {
        _operationIds.Add(operation.OperationId);
        _operations[operation.OperationId] = operation;
        if (operation.BookmarkId is not null) _operationsByBookmark[operation.BookmarkId] = operation;
        _recentOperations.Enqueue(operation);
        if (_recentOperations.Count <= RememberedResults) return;
        var old = _recentOperations.Dequeue();
        _operations.Remove(old.OperationId);
        if (old.BookmarkId is not null) _operationsByBookmark.Remove(old.BookmarkId);
    }

    private void Close(string bookmarkId)
    {
        if (!_bookmarks.Remove(bookmarkId, out var stored)) return;
        if (stored.Bookmark.DueAt is { } due) _timers.Remove((due.UtcTicks, bookmarkId));
        if (stored.CorrelationId is { } correlationId && _bookmarksByCorrelation.TryGetValue(correlationId, out var ids))
        {
            ids.Remove(bookmarkId);
            if (ids.Count == 0) _bookmarksByCorrelation.Remove(correlationId);
        }
    }

    private static WorkflowInstance Clone(WorkflowInstance instance) => CanCopyByParts ? CopyByParts(instance) : CopyAsJson(instance);

    private static WorkflowInstance CopyAsJson(WorkflowInstance instance) =>
        JsonSerializer.Deserialize<WorkflowInstance>(JsonSerializer.SerializeToUtf8Bytes(instance, Json.Options), Json.Options)!;

    // The JSON-valued parts go through text, as they do in a database store, so activities see the same kind of values
    // (element-backed numbers) as in production; collections are copied directly and bookmarks, which nobody changes
    // after they are made, are shared. That is several times cheaper than a JSON round trip of the whole instance.
    private static WorkflowInstance CopyByParts(WorkflowInstance instance) => new()
    {
        Id = instance.Id,
        DefinitionId = instance.DefinitionId,
        DefinitionVersionId = instance.DefinitionVersionId,
        DefinitionVersion = instance.DefinitionVersion,
        Version = instance.Version,
        Status = instance.Status,
        CorrelationId = instance.CorrelationId,
        ParentInstanceId = instance.ParentInstanceId,
        CreatedAt = instance.CreatedAt,
        UpdatedAt = instance.UpdatedAt,
        FinishedAt = instance.FinishedAt,
        Variables = Reparse(instance.Variables),
        Input = (JsonObject)JsonNode.Parse(instance.Input.ToJsonString())!,
        Output = (JsonObject)JsonNode.Parse(instance.Output.ToJsonString())!,
        Scheduled = [.. instance.Scheduled],
        Inbound = instance.Inbound.ToDictionary(p => p.Key, p => new InboundState { Visited = [.. p.Value.Visited], Followed = [.. p.Value.Followed], Fired = p.Value.Fired },
            StringComparer.Ordinal),
        Bookmarks = [.. instance.Bookmarks],
        Incident = instance.Incident,
        ExecutionCounts = new Dictionary<string, int>(instance.ExecutionCounts, StringComparer.Ordinal),
        ActivityState = Reparse(instance.ActivityState),
        ActivityOutputs = instance.ActivityOutputs.ToDictionary(p => p.Key, p => (JsonObject)p.Value.DeepClone(), StringComparer.Ordinal),
    };

    private static Dictionary<string, JsonNode?> Reparse(Dictionary<string, JsonNode?> values)
    {
        var copy = new Dictionary<string, JsonNode?>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values) copy[key] = value is null ? null : JsonNode.Parse(value.ToJsonString());
        return copy;
    }

    // Copying by parts is only right while the instance has exactly the members it knows; a new member means JSON.
    private static readonly bool CanCopyByParts = typeof(WorkflowInstance).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite).Select(p => p.Name).Order(StringComparer.Ordinal)
        .SequenceEqual(new[]
        {
            nameof(WorkflowInstance.Id), nameof(WorkflowInstance.DefinitionId), nameof(WorkflowInstance.DefinitionVersionId), nameof(WorkflowInstance.DefinitionVersion),
            nameof(WorkflowInstance.Version), nameof(WorkflowInstance.Status), nameof(WorkflowInstance.CorrelationId), nameof(WorkflowInstance.ParentInstanceId),
            nameof(WorkflowInstance.CreatedAt), nameof(WorkflowInstance.UpdatedAt), nameof(WorkflowInstance.FinishedAt), nameof(WorkflowInstance.Variables),
            nameof(WorkflowInstance.Input), nameof(WorkflowInstance.Output), nameof(WorkflowInstance.Scheduled), nameof(WorkflowInstance.Inbound),
            nameof(WorkflowInstance.Bookmarks), nameof(WorkflowInstance.Incident), nameof(WorkflowInstance.ExecutionCounts), nameof(WorkflowInstance.ActivityState),
            nameof(WorkflowInstance.ActivityOutputs),
        }.Order(StringComparer.Ordinal))
        && typeof(InboundState).GetProperties(BindingFlags.Public | BindingFlags.Instance).Length == 3;
}
