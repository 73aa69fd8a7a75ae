using System.Collections.Concurrent;

namespace RelatieWerkstroom.Persistence.Providers;

/// <summary>
/// SQLite lets one transaction at a time write a database file. Writers of one process that meet at the file's lock
/// each sleep and retry (busy_timeout) and mostly miss the moment it comes free, so under load they spend their time
/// retrying instead of committing. Here they queue instead: one turn per file, handed on in arrival order the moment
/// the previous writer is done. Other processes (and the writers that do not queue, such as Quartz) still meet at the
/// file lock and wait through busy_timeout as before.
/// </summary>
internal static class SqliteWriterQueue
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns =
        new(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <summary>Waits until no other writer of this process holds <paramref name="file"/> (a full path); dispose the turn to hand it on.</summary>
    public static async ValueTask<WriterTurn> TakeAsync(string file, CancellationToken cancellationToken)
    {
        // SemaphoreSlim hands a release to the longest waiting WaitAsync caller, so turns go in arrival order.
        var turn = Turns.GetOrAdd(file, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        return new WriterTurn(turn);
    }
}

/// <summary>A writer's turn at its database (see <see cref="WerkstroomDbContext.WriterTurnAsync"/>); disposing it hands the turn on.</summary>
internal readonly struct WriterTurn(SemaphoreSlim? held) : IDisposable
{
    /// <summary>A turn for databases that let writers meet in the database itself.</summary>
    public static WriterTurn None => default;

    public void Dispose() => held?.Release();
}
