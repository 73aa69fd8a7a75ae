using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>
/// Instances, bookmarks, operations and the journal in a relational database. Every call uses its own context, so
/// one store serves many threads; a commit is one transaction, which <see cref="ICommitParticipant"/>s (the case-file
/// side of a burst) write in too.
/// </summary>
public sealed class EFCoreWorkflowInstanceStore(IDbContextFactory<WerkstroomDbContext> contexts, IEnumerable<ICommitParticipant>? participants = null)
    : IWorkflowInstanceStore, IJournalReader
{
    private readonly ICommitParticipant[] _participants = participants?.ToArray() ?? [];

    /// <inheritdoc />
    public async Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Instances.AsNoTracking()
            .Where(i => i.Id == instanceId)
            .Select(i => new { i.StateJson, i.Version })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : RowMapper.ToInstance(row.StateJson, row.Version);
    }

    /// <inheritdoc />
    public async Task<StoredBookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookmarkId, cancellationToken);
        return row is null ? null : RowMapper.ToStoredBookmark(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<BookmarkRow> query = db.Bookmarks.AsNoTracking();
        if (filter.Kind is { } kind) query = query.Where(b => b.Kind == kind);
        if (filter.Name is { } name) query = query.Where(b => b.Name == name);
        if (filter.InstanceId is { } instanceId) query = query.Where(b => b.InstanceId == instanceId);
        if (filter.CorrelationId is { } correlationId) query = query.Where(b => b.CorrelationId == correlationId);
        IOrderedQueryable<BookmarkRow> ordered;
        if (filter.DueBefore is { } dueBefore)
        {
            // The due-timer scan: every row has a DueAt, so the (Kind, DueAt) index gives the order without a sort.
            ordered = query.Where(b => b.DueAt != null && b.DueAt <= dueBefore).OrderBy(b => b.DueAt);
        }
        else
        {
            ordered = query.OrderBy(b => b.DueAt ?? b.CreatedAt);
        }
        var rows = await ordered.ThenBy(b => b.Id).Take(filter.Take).ToListAsync(cancellationToken);
        return rows.Select(RowMapper.ToStoredBookmark).ToList();
    }

    /// <inheritdoc />
    public async Task<OperationRecord?> FindOperationAsync(string operationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Operations.AsNoTracking().FirstOrDefaultAsync(o => o.OperationId == operationId, cancellationToken);
        return row is null ? null : RowMapper.ToRecord(row);
    }

    /// <inheritdoc />
    public async Task<OperationRecord?> FindOperationForBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Operations.AsNoTracking()
            .Where(o => o.BookmarkId == bookmarkId)
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.OperationId)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : RowMapper.ToRecord(row);
    }

    /// <inheritdoc />
    public async Task CommitAsync(BurstCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Held until the transaction is committed or rolled back (disposed before it is): see WriterTurnAsync.
        using var turn = await db.WriterTurnAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // 1. Instances first: the version check takes the row lock, so a loser stops before touching anything else.
        foreach (var change in commit.Instances)
        {
            var row = RowMapper.ToRow(change.Instance, change.ExpectedVersion + 1);
            if (change.ExpectedVersion == 0)
            {
                db.Instances.Add(row);
                continue;
            }
            var entry = db.Instances.Attach(row);
            entry.State = EntityState.Modified;
            entry.Property(i => i.Version).OriginalValue = change.ExpectedVersion;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var stale = ex.Entries.Select(e => e.Entity).OfType<InstanceRow>().Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            var details = string.Join(", ", commit.Instances.Where(c => stale.Contains(c.Instance.Id))
                .Select(c => $"instance {c.Instance.Id} (expected version {c.ExpectedVersion})"));
            throw new ConcurrencyConflictException($"{details} was changed by someone else since it was loaded; nothing was stored");
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            var ids = string.Join(", ", commit.Instances.Where(c => c.ExpectedVersion == 0).Select(c => c.Instance.Id));
            throw new ConcurrencyConflictException($"instance {ids} was already stored by someone else; nothing was stored");
        }

        // 2. The operation record, on its own so that a duplicate is reported as what it is.
        if (commit.Operation is { } operation)
        {
            db.Operations.Add(RowMapper.ToRow(operation));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
            {
                throw new ConcurrencyConflictException($"operation {operation.OperationId} was already carried out; nothing was stored");
            }
        }

        // 3. Replace the bookmarks of the changed instances and append the journal.
        var changedIds = commit.Instances.Where(c => c.ExpectedVersion != 0).Select(c => c.Instance.Id).ToList();
        if (changedIds.Count > 0)
            await db.Bookmarks.Where(b => changedIds.Contains(b.InstanceId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var change in commit.Instances)
            foreach (var bookmark in change.Instance.Bookmarks)
                db.Bookmarks.Add(RowMapper.ToRow(change.Instance, bookmark));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            var ids = string.Join(", ", commit.Instances.SelectMany(c => c.Instance.Bookmarks).Select(b => b.Id));
            throw new ConcurrencyConflictException($"one of the bookmarks {ids} is already stored for another instance; nothing was stored");
        }
        var journalRows = commit.Journal.Select(RowMapper.ToRow).ToList();
        if (journalRows.Count > 0)
        {
            await db.SerializeJournalWritersAsync(cancellationToken);
            await JournalAppend.AppendAsync(db, journalRows, cancellationToken);
        }

        // 4. The participants write what belongs to this burst outside the engine (case-file changes, outbox messages)
        // in this same transaction, so a crash or a failure there leaves neither side stored. They run last, when the
        // version checks above have already made this burst the winner.
        foreach (var participant in _participants) await participant.OnCommitAsync(commit, db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Only now are the sequence numbers real.
        for (var i = 0; i < journalRows.Count; i++) commit.Journal[i].Sequence = journalRows[i].Sequence;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<JournalEntry> ReadAsync(long afterSequence = 0, string? instanceId = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<JournalRow> query = db.Journal.AsNoTracking().Where(j => j.Sequence > afterSequence);
        if (instanceId is not null) query = query.Where(j => j.InstanceId == instanceId);
        await foreach (var row in query.OrderBy(j => j.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return RowMapper.ToEntry(row);
    }
}
