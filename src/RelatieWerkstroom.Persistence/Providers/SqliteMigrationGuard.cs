using Microsoft.EntityFrameworkCore;

namespace RelatieWerkstroom.Persistence.Providers;

/// <summary>
/// Lets one werkstroom process at a time migrate a SQLite file, through an operating-system lock on a file beside it
/// (<c>werkstroom.db.migrations.lock</c>) that ends when its process ends, even by a kill. EF Core's own lock is a row in
/// <c>__EFMigrationsLock</c> that a killed process leaves behind, after which every later migration waits forever.
/// Whoever holds the file lock knows that no werkstroom process is migrating, so any such row is stale and is removed.
/// </summary>
/// <remarks>Other tools (<c>dotnet ef database update</c>) do not take the file lock: do not run them against a database in use.</remarks>
internal sealed class SqliteMigrationGuard : IAsyncDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _lock;

    private SqliteMigrationGuard(FileStream fileLock) => _lock = fileLock;

    public static async Task<SqliteMigrationGuard> AcquireAsync(DbContext db, string databasePath, CancellationToken cancellationToken)
    {
        var guard = new SqliteMigrationGuard(await LockFileAsync(databasePath + ".migrations.lock", cancellationToken));
        try
        {
            var hasLockTable = await db.Database
                .SqlQuery<long>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
                .SingleAsync(cancellationToken) > 0;
            if (hasLockTable) await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
            return guard;
        }
        catch
        {
            await guard.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _lock.DisposeAsync();

    private static async Task<FileStream> LockFileAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock on Unix) that the operating system drops with the process.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another werkstroom process is migrating this database right now: wait for it to finish (or die).
                await Task.Delay(RetryInterval, cancellationToken);
            }
        }
    }
}
