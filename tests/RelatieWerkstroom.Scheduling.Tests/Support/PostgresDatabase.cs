using Npgsql;
using RelatieWerkstroom.Persistence;

namespace RelatieWerkstroom.Scheduling.Tests.Support;

/// <summary>
/// A fresh PostgreSQL database on the server named by WERKSTROOM_TEST_POSTGRES (see .ci/postgres.sh), dropped
/// afterwards. The EF Core migrations create it.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "WERKSTROOM_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name = "werkstroom_sched_" + Guid.NewGuid().ToString("N");

    public PostgresDatabase()
    {
        // Fails (never skips) without a server: ./test.sh starts one on any machine, so a missing server is a setup mistake.
        _server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new Xunit.Sdk.XunitException(
                $"{Variable} is not set, so this PostgreSQL test has no server. Run the tests with ./test.sh (it starts a " +
                $"throw-away PostgreSQL), or start one yourself: export {Variable}=\"$(bash .ci/postgres.sh)\". " +
                "To leave the PostgreSQL tests out: dotnet test --filter \"Category!=PostgreSql\".");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public PersistenceOptions Persistence => PersistenceOptions.ForPostgreSql(ConnectionString);

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task CreateEmptyAsync()
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
