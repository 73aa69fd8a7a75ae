using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>
/// Keeps the worklist table in step with the open tasks and their case files: the one place that turns an open task
/// into a worklist row. Every writer of bookmarks or case files calls it inside its own transaction (the instance
/// store's commit through <see cref="CaseFileCommitParticipant"/>, <see cref="EFCoreCaseFileStore"/>, the bulk
/// importer), so the worklist never shows a task that is done or misses one that is open.
/// </summary>
public static class WorklistEntries
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Whether a bookmark is work for a person (a human task or a discretion point).</summary>
    public static bool IsWork(string kind) => kind is CaseworkBookmarkKinds.HumanTask or CaseworkBookmarkKinds.DiscretionPoint;

    /// <summary>The worklist row of an open task.</summary>
    public static WorklistEntryRow ToRow(OpenTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var item = task.ToWorklistItem();
        var file = task.CaseFile;
        return new WorklistEntryRow
        {
            BookmarkId = item.BookmarkId,
            CaseFileId = file.Id,
            TeamKey = CaseFileMapper.TeamKey(file.Team),
            IsBezwaar = CaseFileAccess.IsBezwaarCase(file),
            RolesKey = RolesKey(item.Roles),
            Responsible = item.AssignedTo ?? file.Assignee,
            DefinitionId = item.DefinitionId,
            DeadlineDay = item.Deadline?.DayNumber ?? int.MaxValue,
            OpenedAt = item.OpenedAt,
            ItemJson = JsonSerializer.Serialize(item, Json),
        };
    }

    /// <summary>The item a row holds.</summary>
    public static WorklistItem ToItem(string itemJson) =>
        JsonSerializer.Deserialize<WorklistItem>(itemJson, Json) ?? throw new InvalidDataException("a worklist row holds no item");

    /// <summary>How a role is written in <see cref="WorklistEntryRow.RolesKey"/>: lower case between bars.</summary>
    public static string RoleKey(string role) => $"|{role.Trim().ToLowerInvariant()}|";

    private static string RolesKey(IReadOnlyList<string> roles) =>
        roles.Count == 0 ? "" : "|" + string.Join("|", roles.Select(r => r.Trim().ToLowerInvariant())) + "|";

    /// <summary>
    /// Brings the rows of one case file in <paramref name="db"/> in line with its open tasks as the database holds them
    /// now (tracked changes only: the caller saves, in its transaction). <paramref name="file"/> is the case file as it
    /// will be stored, or null when it does not exist. Rows that did not change are not written.
    /// </summary>
    internal static async Task SyncAsync(WerkstroomDbContext db, string caseFileId, CaseFile? file, CancellationToken cancellationToken)
    {
        var existing = await db.WorklistEntries.Where(e => e.CaseFileId == caseFileId).ToListAsync(cancellationToken);
        var wanted = new Dictionary<string, WorklistEntryRow>(StringComparer.Ordinal);
        if (file is not null)
        {
            var bookmarks = await db.Bookmarks.AsNoTracking()
                .Where(b => b.CorrelationId == caseFileId && (b.Kind == CaseworkBookmarkKinds.HumanTask || b.Kind == CaseworkBookmarkKinds.DiscretionPoint))
                .ToListAsync(cancellationToken);
            foreach (var bookmark in bookmarks)
            {
                var row = ToRow(new OpenTask(RowMapper.ToStoredBookmark(bookmark), file));
                wanted[row.BookmarkId] = row;
            }
        }
        foreach (var row in existing)
        {
            if (!wanted.Remove(row.BookmarkId, out var now))
            {
                db.WorklistEntries.Remove(row);
                continue;
            }
            // The change tracker compares with what was read: an unchanged row causes no UPDATE.
            db.Entry(row).CurrentValues.SetValues(now);
        }
        db.WorklistEntries.AddRange(wanted.Values);
    }

    /// <summary>
    /// Brings the rows of the case files a burst touched in line, inside the burst's transaction: the case files of
    /// its instances (their tasks may have opened or closed) and those its activities changed
    /// (<paramref name="changed"/>, as stored by this commit).
    /// </summary>
    internal static async Task SyncAfterBurstAsync(WerkstroomDbContext db, Engine.Stores.BurstCommit commit, IReadOnlyDictionary<string, CaseFile> changed,
        CancellationToken cancellationToken)
    {
        var ids = commit.Instances.Select(c => c.Instance.CorrelationId).OfType<string>().Concat(changed.Keys).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return;
        db.ChangeTracker.Clear();
        foreach (var id in ids)
        {
            var file = changed.TryGetValue(id, out var stored) ? stored : await LoadCaseFileAsync(db, id, cancellationToken);
            await SyncAsync(db, id, file, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Writes the worklist table anew from the bookmarks and case files, in one transaction. For a database whose
    /// worklist table is new (written by a version without it) or was left empty; returns the rows written.
    /// </summary>
    public static async Task<int> RebuildAsync(WerkstroomDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.WorklistEntries.ExecuteDeleteAsync(cancellationToken);
        var caseFileIds = await db.Bookmarks.AsNoTracking()
            .Where(b => b.CorrelationId != null && (b.Kind == CaseworkBookmarkKinds.HumanTask || b.Kind == CaseworkBookmarkKinds.DiscretionPoint))
            .Select(b => b.CorrelationId!).Distinct().ToListAsync(cancellationToken);
        var written = 0;
        foreach (var chunk in caseFileIds.Chunk(500))
        {
            foreach (var id in chunk)
                await SyncAsync(db, id, await LoadCaseFileAsync(db, id, cancellationToken), cancellationToken);
            written += db.ChangeTracker.Entries<WorklistEntryRow>().Count(e => e.State == EntityState.Added);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    // Read without tracking, so the rows being synced stay the only tracked ones.
    private static async Task<CaseFile?> LoadCaseFileAsync(WerkstroomDbContext db, string caseFileId, CancellationToken cancellationToken)
    {
        var row = await db.CaseFiles.AsNoTracking().Include(f => f.Clocks).FirstOrDefaultAsync(f => f.Id == caseFileId, cancellationToken);
        return row is null ? null : CaseFileMapper.ToCaseFile(row);
    }

    /// <summary>
    /// Whether the worklist table needs <see cref="RebuildAsync"/>: it is empty while open tasks of case files exist
    /// (two index lookups, cheap enough for every start).
    /// </summary>
    public static async Task<bool> NeedsRebuildAsync(WerkstroomDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.WorklistEntries.AnyAsync(cancellationToken)) return false;
        return await db.Bookmarks.AnyAsync(b => b.CorrelationId != null
            && (b.Kind == CaseworkBookmarkKinds.HumanTask || b.Kind == CaseworkBookmarkKinds.DiscretionPoint)
            && db.CaseFiles.Any(f => f.Id == b.CorrelationId), cancellationToken);
    }
}
