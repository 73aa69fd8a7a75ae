using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>
/// Case files in the application database. An update is a read-modify-write of the latest version checked against
/// the version it read; when someone else stored a change in between, the change is applied again to the newer
/// version, so concurrent changes to one case file are both kept.
/// </summary>
public sealed class EFCoreCaseFileStore : ICaseFileStore
{
    /// <summary>How often an update is tried before a <see cref="ConcurrencyConflictException"/> is thrown.</summary>
    public const int MaxUpdateAttempts = 10;

    private readonly IDbContextFactory<WerkstroomDbContext>? _contexts;
    private readonly WerkstroomDbContext? _enlisted;

    /// <summary>A store that uses a fresh context (and its own transaction) for every call.</summary>
    public EFCoreCaseFileStore(IDbContextFactory<WerkstroomDbContext> contexts) => _contexts = contexts;

    // A store that works inside a running commit: through its context and its open transaction.
    internal EFCoreCaseFileStore(WerkstroomDbContext enlisted) => _enlisted = enlisted;

    // What an enlisted store stored, by id: the commit brings their worklist rows in line once, after every change.
    private readonly Dictionary<string, CaseFile> _changed = new(StringComparer.Ordinal);

    /// <summary>The case files this store (enlisted in a commit) added or changed, as stored.</summary>
    internal IReadOnlyDictionary<string, CaseFile> Changed => _changed;

    /// <inheritdoc />
    public async Task<CaseFile?> FindAsync(string caseFileId, CancellationToken cancellationToken = default)
    {
        await using var lease = await DbLease.OpenAsync(_contexts, _enlisted, cancellationToken);
        var row = await lease.Db.CaseFiles.AsNoTracking().Include(f => f.Clocks).FirstOrDefaultAsync(f => f.Id == caseFileId, cancellationToken);
        return row is null ? null : CaseFileMapper.ToCaseFile(row);
    }

    /// <inheritdoc />
    public async Task AddAsync(CaseFile caseFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        var row = CaseFileMapper.ToNewRow(caseFile);
        row.Version = 1;
        await using var lease = await DbLease.OpenAsync(_contexts, _enlisted, cancellationToken);
        lease.Db.CaseFiles.Add(row);
        await InLineWithWorklistAsync(lease, caseFile, cancellationToken);
        try
        {
            using var turn = await WriterTurnAsync(lease, cancellationToken);
            await lease.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (lease.Db.IsUniqueViolation(ex))
        {
            throw new InvalidOperationException($"case file '{caseFile.Id}' already exists", ex);
        }
        caseFile.Version = 1;
    }

    // The case file's worklist rows change with it, in the same save; inside a commit the commit does it afterwards.
    private async Task InLineWithWorklistAsync(DbLease lease, CaseFile file, CancellationToken cancellationToken)
    {
        if (lease.Enlisted)
        {
            _changed[file.Id] = file;
            return;
        }
        await WorklistEntries.SyncAsync(lease.Db, file.Id, file, cancellationToken);
    }

    // Inside a commit the commit holds the turn already.
    private static ValueTask<Providers.WriterTurn> WriterTurnAsync(DbLease lease, CancellationToken cancellationToken) =>
        lease.Enlisted ? ValueTask.FromResult(Providers.WriterTurn.None) : lease.Db.WriterTurnAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<CaseFile> UpdateAsync(string caseFileId, Action<CaseFile> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            await using var lease = await DbLease.OpenAsync(_contexts, _enlisted, cancellationToken);
            var row = await lease.Db.CaseFiles.Include(f => f.Clocks).FirstOrDefaultAsync(f => f.Id == caseFileId, cancellationToken)
                ?? throw new KeyNotFoundException($"no case file '{caseFileId}'");
            var read = row.Version;
            var file = CaseFileMapper.ToCaseFile(row);
            change(file); // may throw: then nothing is saved
            CaseFileMapper.Write(file, row);
            row.Version = read + 1;
            await InLineWithWorklistAsync(lease, file, cancellationToken);
            try
            {
                // The turn only now that the change is made: taken before the read, a change that waits for another
                // writer of this case file would wait for its own turn. The UPDATE checks Version = read: it matches
                // no row when someone else stored a version in between.
                using var turn = await WriterTurnAsync(lease, cancellationToken);
                await lease.Db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxUpdateAttempts)
            {
                // Apply the change again to the version the other writer stored; a short random pause spreads out
                // writers that keep colliding.
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
                continue;
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException(
                    $"case file '{caseFileId}' kept changing while this change was applied ({MaxUpdateAttempts} attempts); nothing was stored");
            }
            file.Version = row.Version;
            return file;
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string caseFileId, CancellationToken cancellationToken = default)
    {
        await using var lease = await DbLease.OpenAsync(_contexts, _enlisted, cancellationToken);
        using var turn = await WriterTurnAsync(lease, cancellationToken);
        // Clocks and outbox messages go with it (ON DELETE CASCADE).
        await lease.Db.CaseFiles.Where(f => f.Id == caseFileId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseFile>> QueryAsync(CaseFileQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var lease = await DbLease.OpenAsync(_contexts, _enlisted, cancellationToken);
        var found = await Matching(lease.Db, query)
            .OrderByDescending(f => f.OpenedAt).ThenBy(f => f.Id)
            .Skip(query.Skip).Take(query.Take)
            .Include(f => f.Clocks)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return found.Select(CaseFileMapper.ToCaseFile).ToList();
    }

    /// <inheritdoc />
    public async Task<int> CountAsync(CaseFileQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var lease = await DbLease.OpenAsync(_contexts, _enlisted, cancellationToken);
        return await Matching(lease.Db, query).CountAsync(cancellationToken);
    }

    // The query's fields as SQL on the case file columns; no case-file JSON is read to filter.
    private static IQueryable<CaseFileRow> Matching(WerkstroomDbContext db, CaseFileQuery query)
    {
        IQueryable<CaseFileRow> rows = db.CaseFiles.AsNoTracking();
        if (query.Team is { } team)
        {
            var key = CaseFileMapper.TeamKey(team);
            rows = query.OrBezwaar ? rows.Where(f => f.TeamKey == key || f.IsBezwaar) : rows.Where(f => f.TeamKey == key);
        }
        else if (query.OrBezwaar)
        {
            rows = rows.Where(f => f.IsBezwaar);
        }
        if (query.Assignee is { } assignee) rows = rows.Where(f => f.Assignee == assignee);
        if (query.Zaaktype is { } zaaktype) rows = rows.Where(f => f.Zaaktype == zaaktype);
        if (query.Status is { } status) rows = rows.Where(f => f.Status == status);
        if (query.SubjectId is { } subjectId) rows = rows.Where(f => f.SubjectId == subjectId);
        if (query.Text is { Length: > 0 } text)
        {
            // Both sides folded in .NET (the column when the row is written): no database's own lower() decides, so
            // "ÖZTÜRK" finds "Öztürk" on SQLite as on PostgreSQL.
            var folded = CaseFileSearchText.Fold(text);
            rows = rows.Where(f => f.SearchText.Contains(folded));
        }
        return rows;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RunningClock>> FindRunningClocksAsync(CancellationToken cancellationToken = default) =>
        FindRunningAsync(null, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<RunningClock>> FindRunningClocksAsync(DateOnly warningDateOnOrBefore, CancellationToken cancellationToken = default) =>
        FindRunningAsync(warningDateOnOrBefore, cancellationToken);

    private async Task<IReadOnlyList<RunningClock>> FindRunningAsync(DateOnly? warningBy, CancellationToken cancellationToken)
    {
        await using var lease = await DbLease.OpenAsync(_contexts, _enlisted, cancellationToken);
        var db = lease.Db;
        // Only the clock rows and two columns of their case files: no case-file JSON is read or scanned.
        IQueryable<CaseClockRow> clocks = db.CaseClocks.AsNoTracking().Where(c => c.StoppedOn == null);
        if (warningBy is { } day) clocks = clocks.Where(c => c.WarningDate != null && c.WarningDate <= day);
        var rows = await clocks
            .Join(db.CaseFiles, c => c.CaseFileId, f => f.Id, (c, f) => new { Clock = c, f.Zaaktype, f.Team })
            // NULLS LAST on every database: suspended clocks (no deadline yet) come after the dated ones.
            .OrderBy(r => r.Clock.Deadline == null).ThenBy(r => r.Clock.Deadline)
            .ThenBy(r => r.Clock.CaseFileId).ThenBy(r => r.Clock.Position)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new RunningClock(r.Clock.CaseFileId, r.Zaaktype, r.Team, CaseFileMapper.ToClock(r.Clock))).ToList();
    }
}
