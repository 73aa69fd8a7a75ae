using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Providers;

/// <summary>The SQLite set-up: migrations on an empty file, WAL, synchronous=FULL, a busy timeout.</summary>
public sealed class SqliteWerkstroomDbContextTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "werkstroom-persistence-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Initialize_MissingFileInMissingFolder_CreatesSchemaInWalMode()
    {
        var path = Path.Combine(_folder, "gemeente", "werkstroom.db");
        var options = PersistenceOptions.ForSqliteFile(path);
        options.BusyTimeout = TimeSpan.FromSeconds(7);

        await using (await PersistentRuntime.OpenAsync(options, PersistentRuntime.NewClock()))
        {
        }
        // A second start over the existing file finds nothing to do.
        await using (await PersistentRuntime.OpenAsync(options, PersistentRuntime.NewClock()))
        {
        }

        Assert.True(File.Exists(path));
        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        await raw.OpenAsync();
        Assert.Equal("wal", await ScalarAsync(raw, "PRAGMA journal_mode"));
        var tables = new List<string>();
        await using (var command = raw.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        Assert.Superset(new HashSet<string> { "Bookmarks", "DefinitionVersions", "Instances", "Journal", "Operations", "__EFMigrationsHistory" }, tables.ToHashSet());
        Assert.Equal("1", await ScalarAsync(raw, "SELECT COUNT(*) FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_InitialCreate'"));
    }

    [Fact]
    public async Task Initialize_TwoProcessesAtOnceOnAnEmptyFile_BothSucceedAndMigrateOnce()
    {
        var path = Path.Combine(_folder, "werkstroom.db");
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var starts = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            // Separate options and factories, as two processes would have.
            await using var runtime = await PersistentRuntime.OpenAsync(PersistenceOptions.ForSqliteFile(path), PersistentRuntime.NewClock());
        })).ToList();

        go.SetResult();
        await Task.WhenAll(starts);

        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        await raw.OpenAsync();
        await using var db = new WerkstroomDbContextFactory(PersistenceOptions.ForSqliteFile(path)).CreateDbContext();
        var migrations = db.Database.GetMigrations().Count();
        Assert.Equal(migrations.ToString(System.Globalization.CultureInfo.InvariantCulture), await ScalarAsync(raw, "SELECT COUNT(*) FROM __EFMigrationsHistory"));
    }

    [Fact]
    public async Task StoreConnection_WhenOpened_UsesFullSyncAndTheBusyTimeout()
    {
        Directory.CreateDirectory(_folder);
        var options = PersistenceOptions.ForSqliteFile(Path.Combine(_folder, "werkstroom.db"));
        options.BusyTimeout = TimeSpan.FromSeconds(7);
        await using var db = new WerkstroomDbContextFactory(options).CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        // 2 = FULL. This SQLite build also defaults to FULL; the assertion guards against a switch to NORMAL or OFF.
        Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous"));
        Assert.Equal("7000", await ScalarAsync(connection, "PRAGMA busy_timeout"));
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
