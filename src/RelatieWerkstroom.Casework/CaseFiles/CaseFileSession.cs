using RelatieWerkstroom.Casework.Outbox;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// The case-file changes of one workflow burst. Activities read case files through it (seeing their own staged
/// changes) and stage changes and outgoing messages; they are stored only after the engine committed the burst, so a
/// refused resume, a lost race or a failed commit leaves case files and outbox untouched.
/// </summary>
public sealed class CaseFileSession
{
    private readonly ICaseFileStore _store;
    private readonly IOutbox _outbox;
    private readonly Dictionary<string, CaseFile?> _working = new(StringComparer.Ordinal);
    private readonly List<(string CaseFileId, Action<CaseFile> Change)> _changes = [];
    private readonly List<OutboxMessage> _messages = [];

    internal CaseFileSession(ICaseFileStore store, IOutbox outbox)
    {
        _store = store;
        _outbox = outbox;
    }

    /// <summary>Whether anything is staged.</summary>
    public bool HasChanges => _changes.Count > 0 || _messages.Count > 0;

    /// <summary>The case file as this burst sees it (stored version plus staged changes), or null when it does not exist.</summary>
    public async Task<CaseFile?> FindAsync(string caseFileId, CancellationToken cancellationToken = default)
    {
        if (_working.TryGetValue(caseFileId, out var loaded)) return loaded;
        var file = await _store.FindAsync(caseFileId, cancellationToken);
        if (file is not null)
            foreach (var (id, change) in _changes)
                if (id == caseFileId) change(file);
        _working[caseFileId] = file;
        return file;
    }

    /// <summary>
    /// Stages a change. It is applied at once to this burst's view and again, after the commit, to the latest stored
    /// version, so it must only mutate the case file it is given.
    /// </summary>
    public void Change(string caseFileId, Action<CaseFile> change)
    {
        if (_working.TryGetValue(caseFileId, out var file) && file is not null) change(file);
        _changes.Add((caseFileId, change));
    }

    /// <summary>Stages an outgoing message, queued after the commit.</summary>
    public void Send(OutboxMessage message) => _messages.Add(message);

    internal Task ApplyAsync(CancellationToken cancellationToken) => ApplyAsync(_store, _outbox, cancellationToken);

    /// <summary>Stores the staged changes through <paramref name="store"/> and <paramref name="outbox"/> (the session's own, or ones enlisted in a database transaction).</summary>
    internal async Task ApplyAsync(ICaseFileStore store, IOutbox outbox, CancellationToken cancellationToken)
    {
        // Case files in id order, so that two transactions that change the same case files take their row locks in the same order.
        foreach (var group in _changes.GroupBy(c => c.CaseFileId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var changes = group.Select(c => c.Change).ToList();
            await store.UpdateAsync(group.Key, file =>
            {
                foreach (var change in changes) change(file);
            }, cancellationToken);
        }
        foreach (var message in _messages) await outbox.EnqueueAsync(message, cancellationToken);
        _changes.Clear();
        _messages.Clear();
    }
}
