using Microsoft.Data.Sqlite;
using Npgsql;

namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>A fresh, empty database for one test, removed again afterwards.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable holding the PostgreSQL connection string (set by .ci/postgres.sh).</summary>
    public const string PostgresVariable = "WERKSTROOM_TEST_POSTGRES";

    public abstract PersistenceOptions Options { get; }

    public static TestDatabase Sqlite() => new SqliteDatabase();

    public static TestDatabase PostgreSql() => new PostgreSqlDatabase();

    public abstract ValueTask DisposeAsync();

    /// <summary>
    /// Fails (never skips) a PostgreSQL test that has no server: ./test.sh starts one on any machine, so a missing
    /// server is a setup mistake to fix, not a reason to report the test as passed or skipped.
    /// </summary>
    private static string FailWithoutServer() =>
        throw new Xunit.Sdk.XunitException(
            $"{PostgresVariable} is not set, so this PostgreSQL test has no server. Run the tests with ./test.sh (it starts a " +
            $"throw-away PostgreSQL), or start one yourself: export {PostgresVariable}=\"$(bash .ci/postgres.sh)\". " +
            "To leave the PostgreSQL tests out: dotnet test --filter \"Category!=PostgreSql\".");

    private sealed class SqliteDatabase : TestDatabase
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "werkstroom-persistence-tests", Guid.NewGuid().ToString("N"));

        public SqliteDatabase() => Options = PersistenceOptions.ForSqliteFile(Path.Combine(_folder, "werkstroom.db"));

        public override PersistenceOptions Options { get; }

        public override ValueTask DisposeAsync()
        {
            // Pooled connections keep the file open; release them before deleting the folder.
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgreSqlDatabase : TestDatabase
    {
        private readonly string _server;
        private readonly string _name = "werkstroom_t_" + Guid.NewGuid().ToString("N");

        public PostgreSqlDatabase()
        {
            _server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : FailWithoutServer();
            // Each test gets its own database; the migrations create it.
            Options = PersistenceOptions.ForPostgreSql(new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString);
        }

        public override PersistenceOptions Options { get; }

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }
    }
}
