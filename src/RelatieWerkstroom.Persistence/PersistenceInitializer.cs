using Microsoft.EntityFrameworkCore;

namespace RelatieWerkstroom.Persistence;

/// <summary>Brings the database to the current schema at start: creates it when missing, applies pending migrations, fills new derived columns and a new worklist table.</summary>
public sealed class PersistenceInitializer(IDbContextFactory<WerkstroomDbContext> contexts)
{
    /// <summary>
    /// Applies all pending migrations of the configured provider (safe to call from several processes at once). A
    /// database that is up to date is only read: no migration lock is taken, so a lock that a killed process left
    /// behind cannot make a later start wait. When there is something to apply, a stale lock is cleared first.
    /// A database that is not a werkstroom database of a schema this version knows is refused before anything is written
    /// (<see cref="DatabaseRefusedException"/>); so is a new one when <paramref name="requireExisting"/> is set.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default, bool requireExisting = false)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.PrepareStorage();
        // A first look without the lock: an up-to-date database (every start after the first) is only read.
        var applied = await RefuseForeignAsync(db, requireExisting, foreignIsFinal: false, cancellationToken);
        if (applied is null || db.Database.GetMigrations().Except(applied, StringComparer.Ordinal).Any())
        {
            await using var guard = await db.GuardMigrationsAsync(cancellationToken);
            // Another process may have been migrating during the first look (tables created, history not yet
            // written); under the lock its work is complete, so this second look is the one that decides.
            applied = await RefuseForeignAsync(db, requireExisting, foreignIsFinal: true, cancellationToken);
            if (db.Database.GetMigrations().Except(applied!, StringComparer.Ordinal).Any())
                await db.Database.MigrateAsync(cancellationToken);
        }
        // Rows written before a derived column existed (IsBezwaar, …) get it from the same rule as every new row.
        if (await Stores.CaseFileColumns.NeedsRefreshAsync(db, cancellationToken))
            await Stores.CaseFileColumns.RefreshAsync(db, cancellationToken);
        // A database from before the worklist table (or one whose first filling was interrupted) gets it filled once.
        if (await Stores.WorklistEntries.NeedsRebuildAsync(db, cancellationToken))
            await Stores.WorklistEntries.RebuildAsync(db, cancellationToken);
    }

    // Returns the migrations applied so far, or null when tables without a werkstroom history were seen and
    // foreignIsFinal is false (they may belong to a first start still migrating in another process).
    private static async Task<List<string>?> RefuseForeignAsync(WerkstroomDbContext db, bool requireExisting, bool foreignIsFinal, CancellationToken cancellationToken)
    {
        if (requireExisting && db.HoldsNothing() == true) throw NoData();
        var exists = await db.Database.CanConnectAsync(cancellationToken);
        var applied = exists ? (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList() : [];
        var unknown = applied.Except(db.Database.GetMigrations(), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            throw new DatabaseRefusedException(
                $"written by a newer version of RelatieWerkstroom (schema {string.Join(", ", unknown)} is unknown to this one); use that version or a newer one");
        if (applied.Count > 0) return applied;

        // EF Core's own bookkeeping (a migration lock left by a killed first start, another context's history) is no one's data.
        var tables = exists ? (await db.ListTablesAsync(cancellationToken)).Where(t => !t.StartsWith("__", StringComparison.Ordinal)).Order().ToList() : [];
        if (tables.Count > 0 && !foreignIsFinal) return null;
        if (tables.Count > 0)
            throw new DatabaseRefusedException(
                $"holds tables of another application ({string.Join(", ", tables.Take(5))}{(tables.Count > 5 ? ", …" : "")}) and no werkstroom schema; give a new or a werkstroom database");
        if (requireExisting) throw NoData();
        return applied;
    }

    private static DatabaseRefusedException NoData() =>
        new("holds no werkstroom data (new or empty file); give the database the instance was started in");
}
