namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>
/// A context for one store operation: either a fresh one the operation owns (and disposes), or the context of a
/// running commit that the operation enlists in (cleared of tracked rows, left open, its transaction untouched).
/// </summary>
internal readonly struct DbLease(WerkstroomDbContext db, bool owned) : IAsyncDisposable
{
    public WerkstroomDbContext Db => db;

    /// <summary>Whether the operation runs inside someone else's transaction (and so must not begin or commit one).</summary>
    public bool Enlisted => !owned;

    public static async ValueTask<DbLease> OpenAsync(Microsoft.EntityFrameworkCore.IDbContextFactory<WerkstroomDbContext>? contexts,
        WerkstroomDbContext? enlisted, CancellationToken cancellationToken)
    {
        if (enlisted is not null)
        {
            // A clean slate per operation and per attempt: a retried update must not see rows tracked by a failed one.
            enlisted.ChangeTracker.Clear();
            return new DbLease(enlisted, owned: false);
        }
        return new DbLease(await contexts!.CreateDbContextAsync(cancellationToken), owned: true);
    }

    public ValueTask DisposeAsync() => owned ? db.DisposeAsync() : ValueTask.CompletedTask;
}
