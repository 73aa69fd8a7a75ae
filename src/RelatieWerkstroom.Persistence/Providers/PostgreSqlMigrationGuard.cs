using Npgsql;

namespace RelatieWerkstroom.Persistence.Providers;

/// <summary>
/// Lets one werkstroom process at a time create and migrate a PostgreSQL database: a session-level advisory lock on
/// the database itself, held on a connection of its own (not pooled) until the handle is disposed, and dropped by the
/// server when that process dies. EF Core's own lock does not stop two first starts at once: both created the same
/// tables (<c>42P07 relation "CaseFiles" already exists</c>) and one start failed. A database that does not exist yet is
/// created first, by whichever start gets there first (the other's "already exists" is the same outcome).
/// </summary>
internal sealed class PostgreSqlMigrationGuard : IAsyncDisposable
{
    // pg_advisory_lock(key1, key2): 'RWst' and 2 (the web host's start-up lock uses 1).
    private const int ClassKey = 0x52577374;
    private const int MigrationKey = 2;

    private readonly NpgsqlConnection _connection;

    private PostgreSqlMigrationGuard(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgreSqlMigrationGuard> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = await OpenCreatingAsync(target, cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@class, @key)", connection);
            command.Parameters.AddWithValue("class", ClassKey);
            command.Parameters.AddWithValue("key", MigrationKey);
            command.CommandTimeout = 0; // as long as the other process migrates
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PostgreSqlMigrationGuard(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Closing the unpooled connection ends the session, and with it the lock.
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static async Task<NpgsqlConnection> OpenCreatingAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(target.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await connection.DisposeAsync();
        }
        await CreateDatabaseAsync(target, cancellationToken);
        connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task CreateDatabaseAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var name = target.Database ?? throw new InvalidOperationException("the PostgreSQL connection string names no database");
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        // Another process created it meanwhile (42P04, or 23505 when both inserted into pg_database at the same moment).
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
        }
    }
}
