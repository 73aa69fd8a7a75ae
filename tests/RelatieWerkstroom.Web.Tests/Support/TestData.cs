using Microsoft.Data.Sqlite;
using Npgsql;

namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>
/// Where a test host keeps its data: a fresh temporary data folder with the SQLite file, or (for <c>postgresql</c>) the
/// same folder plus a fresh PostgreSQL database. Removed again on dispose. Several hosts in a row over one
/// <see cref="TestData"/> are what restarts look like.
/// </summary>
public sealed class TestData : IAsyncDisposable
{
    /// <summary>The environment variable with the PostgreSQL server's connection string (set by ./test.sh).</summary>
    public const string PostgresVariable = "WERKSTROOM_TEST_POSTGRES";

    private readonly string? _postgresServer;
    private readonly string? _postgresDatabase;

    private TestData(string? postgresServer)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "werkstroom-web-tests", Guid.NewGuid().ToString("N"));
        _postgresServer = postgresServer;
        if (postgresServer is null) return;
        _postgresDatabase = "werkstroom_web_" + Guid.NewGuid().ToString("N");
        PostgresConnectionString = new NpgsqlConnectionStringBuilder(postgresServer) { Database = _postgresDatabase }.ConnectionString;
    }

    /// <summary>The host's data folder (SQLite file, data-protection keys).</summary>
    public string DataFolder { get; }

    /// <summary>The PostgreSQL database, or null for SQLite.</summary>
    public string? PostgresConnectionString { get; }

    /// <summary>The SQLite file (when on SQLite).</summary>
    public string SqliteFile => Path.Combine(DataFolder, "werkstroom.db");

    /// <summary>A new SQLite data folder.</summary>
    public static TestData Sqlite() => new(null);

    /// <summary>A new PostgreSQL database; throws with what to do when no server is configured.</summary>
    public static TestData PostgreSql() =>
        new(Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"{PostgresVariable} is not set; ./test.sh starts PostgreSQL and sets it"));

    /// <summary><c>sqlite</c> or <c>postgresql</c>, for theories over both databases.</summary>
    public static TestData Of(string database) => database switch
    {
        Databases.Sqlite => Sqlite(),
        Databases.PostgreSql => PostgreSql(),
        _ => throw new ArgumentOutOfRangeException(nameof(database), database, "sqlite or postgresql"),
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_postgresServer is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }
        if (Directory.Exists(DataFolder)) Directory.Delete(DataFolder, recursive: true);
    }
}

/// <summary>The databases the API tests run on.</summary>
public static class Databases
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";
}
