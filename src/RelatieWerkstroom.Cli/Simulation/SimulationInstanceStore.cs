using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Cli.Simulation;

/// <summary>
/// The simulation's instance store: the engine's in-memory store, plus what the simulator needs to know after every
/// commit: which bookmarks opened (also in sub-workflows and parents woken by them) and which closed, the journal
/// entries numbered in commit order (handed to a sink instead of kept), and the latest state of every instance.
/// </summary>
public sealed class SimulationInstanceStore : IWorkflowInstanceStore
{
    private readonly InMemoryWorkflowInstanceStore _inner = new() { KeepJournal = false };
    private readonly Action<JournalEntry> _journal;
    private readonly Dictionary<string, WorkflowInstance> _latest = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, string[]> _bookmarksByInstance = new(StringComparer.Ordinal);
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);
    private readonly List<StoredBookmark> _opened = [];
    private long _sequence;

    /// <summary>Creates the store; <paramref name="journal"/> receives every committed journal entry, numbered.</summary>
    public SimulationInstanceStore(Action<JournalEntry> journal) => _journal = journal;

    /// <summary>Journal entries committed so far.</summary>
    public long JournalCount => _sequence;

    /// <summary>Instances in the order they were first stored, each in its latest committed state.</summary>
    public IEnumerable<WorkflowInstance> Instances => _order.Select(id => _latest[id]);

    /// <summary>Number of instances.</summary>
    public int InstanceCount => _order.Count;

    /// <summary>Whether a bookmark is still open.</summary>
    public bool IsOpen(string bookmarkId) => _open.Contains(bookmarkId);

    /// <summary>The latest committed state of an instance (shared, do not change it), or null.</summary>
    public WorkflowInstance? Latest(string instanceId) => _latest.GetValueOrDefault(instanceId);

    /// <summary>The bookmarks that opened since the last call, in the order they were committed.</summary>
    public IReadOnlyList<StoredBookmark> TakeOpened()
    {
        if (_opened.Count == 0) return [];
        var opened = _opened.ToList();
        _opened.Clear();
        return opened;
    }

    /// <inheritdoc />
    public Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default) => _inner.FindAsync(instanceId, cancellationToken);

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
        foreach (var change in commit.Instances)
        {
            var instance = change.Instance;
            if (!_latest.ContainsKey(instance.Id)) _order.Add(instance.Id);
            // The runtime does not touch a burst's instance after its commit, so the object itself is the latest state.
            _latest[instance.Id] = instance;

            var now = instance.Bookmarks.Select(b => b.Id).ToArray();
            if (_bookmarksByInstance.TryGetValue(instance.Id, out var before))
                foreach (var id in before)
                    if (!now.Contains(id)) _open.Remove(id);
            _bookmarksByInstance[instance.Id] = now;
            foreach (var bookmark in instance.Bookmarks)
                if (_open.Add(bookmark.Id))
                    _opened.Add(new StoredBookmark(instance.Id, instance.DefinitionId, instance.CorrelationId, bookmark));
        }
        foreach (var entry in commit.Journal)
        {
            entry.Sequence = ++_sequence;
            _journal(entry);
        }
    }
}
