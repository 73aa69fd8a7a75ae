using System.Runtime.CompilerServices;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// Hands each workflow burst its <see cref="CaseFileSession"/> and stores the session's changes once the engine has
/// committed that burst (through <see cref="CaseworkInstanceStore"/>).
/// </summary>
public sealed class CaseFileSessions(ICaseFileStore store, IOutbox outbox)
{
    // Keyed by the burst and by the instance objects it changes: both live exactly as long as the burst, so sessions of
    // refused or abandoned bursts are simply collected.
    private readonly ConditionalWeakTable<BurstContext, CaseFileSession> _byBurst = new();
    private readonly ConditionalWeakTable<WorkflowInstance, CaseFileSession> _byInstance = new();
    // Journal-only commits (a person's action on a case file, recorded in the journal): keyed by the commit itself.
    private readonly ConditionalWeakTable<BurstCommit, CaseFileSession> _byCommit = new();
    private volatile bool _attached;

    /// <summary>Whether an instance store commits sessions (see <see cref="CaseworkInstanceStore"/>).</summary>
    public bool IsAttached => _attached;

    /// <summary>The session of the burst the activity runs in.</summary>
    public CaseFileSession For(ActivityExecutionContext context)
    {
        if (!_attached)
            throw new InvalidOperationException(
                "case-file changes cannot be stored: the workflow runtime's instance store is not a CaseworkInstanceStore " +
                "(register the engine's IWorkflowInstanceStore before calling services.AddCaseFiles(), or wrap it yourself)");
        var session = _byBurst.GetValue(context.Burst, _ => new CaseFileSession(store, outbox));
        _byInstance.AddOrUpdate(context.Instance, session);
        return session;
    }

    /// <summary>
    /// The session of a commit that carries no instance, only journal entries (a caseworker suspends a clock or records an
    /// ingebrekestelling): the changes staged here are stored with that commit's journal entries, together or not at all.
    /// </summary>
    public CaseFileSession For(BurstCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return _byCommit.GetValue(commit, _ => new CaseFileSession(store, outbox));
    }

    internal void Attach() => _attached = true;

    internal async Task ApplyAsync(BurstCommit commit, CancellationToken cancellationToken)
    {
        foreach (var session in Take(commit)) await session.ApplyAsync(cancellationToken);
    }

    /// <summary>
    /// Stores the case-file changes and messages the bursts of <paramref name="commit"/> staged through
    /// <paramref name="caseFiles"/> and <paramref name="outbox"/> instead of the registered ones: a database instance
    /// store calls this inside the transaction that stores the burst, with stores enlisted in that transaction, so the
    /// burst and its case-file side are stored together or not at all. A session is handed out once: the
    /// <see cref="CaseworkInstanceStore"/>'s own pass after the commit then finds nothing left to store.
    /// </summary>
    public async Task ApplyAsync(BurstCommit commit, ICaseFileStore caseFiles, IOutbox outbox, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(caseFiles);
        ArgumentNullException.ThrowIfNull(outbox);
        foreach (var session in Take(commit)) await session.ApplyAsync(caseFiles, outbox, cancellationToken);
    }

    // Removes the sessions of the commit's instances, so that each is stored at most once.
    private List<CaseFileSession> Take(BurstCommit commit)
    {
        var sessions = new List<CaseFileSession>();
        if (_byCommit.TryGetValue(commit, out var own))
        {
            sessions.Add(own);
            _byCommit.Remove(commit);
        }

        foreach (var change in commit.Instances)
            if (_byInstance.TryGetValue(change.Instance, out var session) && !sessions.Contains(session))
                sessions.Add(session);
        foreach (var change in commit.Instances) _byInstance.Remove(change.Instance);
        return sessions;
    }
}
