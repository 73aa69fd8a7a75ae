using Microsoft.EntityFrameworkCore;

namespace RelatieWerkstroom.Persistence;

/// <summary>Brings the database to the current schema at start: creates it when missing, then applies pending migrations.</summary>
public sealed class PersistenceInitializer(IDbContextFactory<WerkstroomDbContext> contexts)
{
    /// <summary>Applies all pending migrations of the configured provider (safe to call from several processes at once).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.PrepareStorage();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
