using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Providers;

/// <summary>
/// A start killed while it held EF Core's migration lock leaves a row in <c>__EFMigrationsLock</c>; the next start on the
/// same SQLite file must not wait for it forever. (The waits are bounded: a hang fails the test instead of the run.)
/// </summary>
public sealed class MigrationLockTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TestDatabase _database = TestDatabase.Sqlite();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Start_AfterAKilledStartLeftTheMigrationLock_SucceedsAndTheDatabaseWorks()
    {
        // Arrange: an up-to-date database, then the lock row a start leaves when it is killed inside MigrateAsync.
        await StartAsync();
        await ExecuteAsync("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-02 05:00:00+00:00')");

        // Act
        await using var services = await StartAsync();

        // Assert: the next command can use the database.
        var definitions = services.GetRequiredService<IWorkflowDefinitionStore>();
        var sample = WorkflowDefinitionReader.Parse(File.ReadAllText(SharedPaths.Sample("writeline.json")));
        await definitions.SaveAsync([sample]);
        Assert.NotNull(await definitions.FindVersionAsync(sample.Id));
    }

    [Fact]
    public async Task Start_AfterTheFirstStartWasKilledBeforeMigrating_MigratesAndRemovesTheStaleLock()
    {
        // Arrange: a new file holding only EF Core's lock table and the row of the killed first start.
        await ExecuteAsync("""
            CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-02 05:00:00+00:00');
            """);

        // Act
        await using var services = await StartAsync();

        // Assert
        await using var db = await services.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM \"__EFMigrationsLock\""));
    }

    [Fact]
    public async Task Start_ThreeFirstStartsAtOnce_AllSucceedOnOneSchema()
    {
        // Act: three "processes" (service providers) start on a new file at the same moment.
        var starts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => StartAsync()));

        // Assert
        foreach (var services in starts)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>().CreateDbContextAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            await services.DisposeAsync();
        }
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM \"__EFMigrationsLock\""));
    }

    [Fact]
    public async Task Start_WhileAnotherFirstStartIsMidMigration_WaitsForItInsteadOfCallingTheFileForeign()
    {
        // Arrange: another process holds the migration lock and has created its first table but not yet written the
        // migration history, which is how a werkstroom database looks half-way through its first migration.
        var path = _database.Options.FilePath!;
        await ExecuteAsync("CREATE TABLE \"Instances\" (\"Id\" TEXT NOT NULL PRIMARY KEY)");
        var otherProcess = new FileStream(path + ".migrations.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        // Act: this start comes in during that migration.
        var start = StartAsync();
        var finishedEarly = await Task.WhenAny(start, Task.Delay(TimeSpan.FromSeconds(1))) == start;

        // The other process completes its migration and lets go of the lock.
        await ExecuteAsync("DROP TABLE \"Instances\"");
        await using (var other = new ServiceCollection().AddPersistence(_database.Options).BuildServiceProvider())
        await using (var db = await other.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>().CreateDbContextAsync())
            await db.Database.MigrateAsync();
        await otherProcess.DisposeAsync();

        // Assert: the start did not refuse the database while the other was migrating; it goes on once the lock is free.
        Assert.False(finishedEarly, start.Exception?.InnerException?.Message ?? "the start finished while another process held the migration lock");
        await using var services = await start;
        await using var check = await services.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>().CreateDbContextAsync();
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
    }

    private async Task<ServiceProvider> StartAsync()
    {
        var services = new ServiceCollection().AddPersistence(_database.Options).BuildServiceProvider();
        using var patience = new CancellationTokenSource(Patience);
        await services.InitializePersistenceAsync(patience.Token);
        return services;
    }

    private async Task ExecuteAsync(string sql)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.Options.FilePath!)!);
        await using var connection = new SqliteConnection(_database.Options.ResolveConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.Options.ResolveConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>
/// Several first starts at once on a PostgreSQL database that does not exist yet (two web-host nodes started together):
/// each of them succeeds on one schema. Without the advisory lock around the migrations, two of them created the same
/// tables and one start failed with "relation already exists".
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlFirstStartsTests : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.PostgreSql();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Start_ThreeFirstStartsAtOnceOnAMissingDatabase_AllSucceedOnOneSchema()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var providers = Enumerable.Range(0, 3).Select(_ => new ServiceCollection().AddPersistence(_database.Options).BuildServiceProvider()).ToList();

        await Task.WhenAll(providers.Select(p => p.InitializePersistenceAsync(patience.Token)));

        foreach (var services in providers)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>().CreateDbContextAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            await services.DisposeAsync();
        }
    }
}
