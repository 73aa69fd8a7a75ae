using Microsoft.EntityFrameworkCore;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>
/// The case-file columns that are derived from the dossier (<see cref="Entities.CaseFileRow.IsBezwaar"/>, <see cref="Entities.CaseFileRow.SearchText"/>) and written
/// only by <see cref="CaseFileMapper.Write"/>. A row written before a column existed (or by an older rule) has a lower
/// <see cref="Entities.CaseFileRow.ColumnsVersion"/>; <see cref="RefreshAsync"/> writes those rows anew at start, with
/// the same rule, so a migration never has to repeat the rule in SQL.
/// </summary>
public static class CaseFileColumns
{
    /// <summary>
    /// The version <see cref="CaseFileMapper.Write"/> writes; raise it when a derived column is added or its rule changes.
    /// 1: <see cref="Entities.CaseFileRow.IsBezwaar"/>; 2: <see cref="Entities.CaseFileRow.SearchText"/>.
    /// </summary>
    public const int Current = 2;

    private const int Chunk = 500;

    /// <summary>Whether some row holds derived columns of an older version (one index lookup).</summary>
    public static Task<bool> NeedsRefreshAsync(WerkstroomDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CaseFiles.AnyAsync(f => f.ColumnsVersion < Current, cancellationToken);
    }

    /// <summary>
    /// Writes the derived columns of every row of an older version anew, a chunk per transaction; returns how many rows
    /// were written. The rows keep their <see cref="Entities.CaseFileRow.Version"/>, which is still checked: a chunk that
    /// meets a writer who stored a newer version in between is read again.
    /// </summary>
    public static async Task<int> RefreshAsync(WerkstroomDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var written = 0;
        while (true)
        {
            db.ChangeTracker.Clear();
            var rows = await db.CaseFiles.Include(f => f.Clocks).Where(f => f.ColumnsVersion < Current)
                .OrderBy(f => f.Id).Take(Chunk).AsSplitQuery().ToListAsync(cancellationToken);
            if (rows.Count == 0) return written;
            foreach (var row in rows) CaseFileMapper.Write(CaseFileMapper.ToCaseFile(row), row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                written += rows.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone stored a newer version of one of them meanwhile: read the chunk again.
            }
        }
    }
}
