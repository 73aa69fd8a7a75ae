using Npgsql;
using RelatieWerkstroom.Persistence;

namespace RelatieWerkstroom.Web.Hosting;

/// <summary>
/// Lets one host at a time do the start-up work that reads before it writes (the host's migrations, importing the
/// reference workflows, the demo users and caseload), so that two nodes started together on one database do not both
/// find something missing and both add it. The lock ends with its process, also when that process is killed:
/// on PostgreSQL a session-level advisory lock (dropped by the server with the connection), on SQLite an
/// operating-system lock on <c>werkstroom.db.startup.lock</c> beside the file.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    // pg_advisory_lock(key1, key2): 'RWst' and 1, so no other application's advisory lock is likely to collide.
    private const int ClassKey = 0x52577374;
    private const int StartupKey = 1;
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(200);

    private readonly NpgsqlConnection? _connection;
    private readonly FileStream? _file;

    private StartupLock(NpgsqlConnection? connection, FileStream? file)
    {
        _connection = connection;
        _file = file;
    }

    /// <summary>Waits until no other host holds the lock on this database, then holds it until disposed.</summary>
    public static async Task<StartupLock> AcquireAsync(PersistenceOptions persistence, CancellationToken cancellationToken)
    {
        if (persistence.Provider == PersistenceProvider.PostgreSql)
        {
            // Not pooled: closing the connection ends the session, and with it the lock.
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(persistence.ResolveConnectionString()) { Pooling = false }.ConnectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@class, @key)", connection);
                command.Parameters.AddWithValue("class", ClassKey);
                command.Parameters.AddWithValue("key", StartupKey);
                command.CommandTimeout = 0; // another node's start-up may take a while (a large demo caseload)
                await command.ExecuteNonQueryAsync(cancellationToken);
                return new StartupLock(connection, null);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
        var path = Path.GetFullPath(persistence.FilePath ?? throw new InvalidOperationException("SQLite start-up lock needs the database file")) + ".startup.lock";
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock on Unix) that the operating system drops with the process.
                return new StartupLock(null, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                await Task.Delay(RetryInterval, cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_file is not null) await _file.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
