namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>
/// One host on its own new database, shared by the tests of a class (tests that change data use their own users or
/// cases). The API test classes run once per database: <see cref="SqliteHost"/> and <see cref="PostgreSqlHost"/>.
/// </summary>
public abstract class DatabaseHost(string database) : IAsyncLifetime
{
    /// <summary>The host.</summary>
    public TestHost Host { get; } = TestHost.Of(database);

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        Host.Server.BaseAddress.ToString(); // starts it once, before the first test
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>A host on its own SQLite file.</summary>
public sealed class SqliteHost() : DatabaseHost(Databases.Sqlite);

/// <summary>A host on its own PostgreSQL database on the server named by WERKSTROOM_TEST_POSTGRES (see .ci/postgres.sh).</summary>
public sealed class PostgreSqlHost() : DatabaseHost(Databases.PostgreSql);
