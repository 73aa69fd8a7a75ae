using Microsoft.EntityFrameworkCore;

namespace RelatieWerkstroom.Persistence;

/// <summary>Brings the database to the current schema at start: creates it when missing, then applies pending migrations.</summary>
public sealed class PersistenceInitializer(IDbContextFactory<WerkstroomDbContext> contexts)
{
    /// <summary>
    /// Applies all pending migrations of the configured provider (safe to call from several processes at once). A
    /// database that is up to date is only read: no migration lock is taken, so a lock that a killed process left
    /// behind cannot make a later start wait. When there is something to apply, a stale lock is cleared first.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.PrepareStorage();
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()) return;

        await using var guard = await db.GuardMigrationsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
