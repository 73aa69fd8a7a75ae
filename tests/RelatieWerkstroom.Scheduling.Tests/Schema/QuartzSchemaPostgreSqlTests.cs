using RelatieWerkstroom.Scheduling.Schema;
using RelatieWerkstroom.Scheduling.Tests.Support;

namespace RelatieWerkstroom.Scheduling.Tests.Schema;

[Trait("Category", "PostgreSql")]
public sealed class QuartzSchemaPostgreSqlTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => _database.CreateEmptyAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task EnsureCreatedAsync_SeveralNodesAtOnce_CreatesEveryTableOnce()
    {
        // Act: cluster nodes starting together each run the set-up.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            QuartzSchema.EnsureCreatedAsync(SchedulingDatabase.PostgreSql, _database.ConnectionString))));

        // Assert
        Assert.Equal(QuartzSchema.Tables.Count, await _database.CountAsync(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'qrtz\\_%'"));
    }

    [Fact]
    public async Task EnsureCreatedAsync_RunAgainOnFilledStore_KeepsRows()
    {
        // Arrange
        await QuartzSchema.EnsureCreatedAsync(SchedulingDatabase.PostgreSql, _database.ConnectionString);
        await _database.CountAsync("INSERT INTO qrtz_locks (sched_name, lock_name) VALUES ('werkstroom', 'TRIGGER_ACCESS') RETURNING 1");

        // Act
        await QuartzSchema.EnsureCreatedAsync(SchedulingDatabase.PostgreSql, _database.ConnectionString);

        // Assert
        Assert.Equal(1, await _database.CountAsync("SELECT COUNT(*) FROM qrtz_locks WHERE sched_name = 'werkstroom'"));
    }
}
