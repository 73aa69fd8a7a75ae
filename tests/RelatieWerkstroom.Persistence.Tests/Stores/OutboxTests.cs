using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Persistence.Stores;
using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>The outbox's contract: idempotent queueing, pending order, marking sent; run by every outbox.</summary>
public abstract class OutboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Enqueue_SameIdTwice_QueuesOnce()
    {
        // Arrange
        var outbox = await OpenAsync();

        // Act
        await outbox.EnqueueAsync(Message("m-1", Now));
        await outbox.EnqueueAsync(Message("m-1", Now) with { Payload = """{"again":true}""" });

        // Assert
        var pending = Assert.Single(await outbox.FindPendingAsync());
        Assert.Equal(Message("m-1", Now), pending);
    }

    [Fact]
    public async Task FindPending_AfterMarkSent_ListsOnlyUnsentOldestFirst()
    {
        // Arrange
        var outbox = await OpenAsync();
        await outbox.EnqueueAsync(Message("m-3", Now.AddMinutes(2)));
        await outbox.EnqueueAsync(Message("m-1", Now));
        await outbox.EnqueueAsync(Message("m-2", Now.AddMinutes(1)));

        // Act
        await outbox.MarkSentAsync("m-1", Now.AddMinutes(5));

        // Assert
        Assert.Equal(["m-2", "m-3"], (await outbox.FindPendingAsync()).Select(m => m.Id));
        Assert.Equal(["m-2"], (await outbox.FindPendingAsync(take: 1)).Select(m => m.Id));
        var all = await (await OpenAsync()).FindByCaseFileAsync("z-1");
        Assert.Equal(["m-1", "m-2", "m-3"], all.Select(m => m.Id));
        Assert.Equal(Now.AddMinutes(5), all[0].SentAt);
    }

    [Fact]
    public async Task MarkSent_UnknownMessage_Throws()
    {
        var outbox = await OpenAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.MarkSentAsync("m-404", Now));

        Assert.Contains("m-404", error.Message);
    }

    private static OutboxMessage Message(string id, DateTimeOffset at) => new()
    {
        Id = id, CaseFileId = "z-1", Kind = "iWmo.WMO301", Recipient = "AGB 12345678", Payload = """{"product":"02A01"}""",
        InstanceId = "i-1", ActivityId = "toewijzing", CreatedAt = at,
    };

    /// <summary>An outbox on the same data, as another process would have.</summary>
    protected abstract Task<IOutbox> OpenAsync();
}

/// <summary>The contract on a database provider: each test gets a fresh database.</summary>
public abstract class DatabaseOutboxTests(Func<TestDatabase> createDatabase) : OutboxTests, IAsyncLifetime
{
    // Made when the test class is, disposed with it: each test gets a fresh database.
    private readonly TestDatabase _database = createDatabase();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    protected override async Task<IOutbox> OpenAsync()
    {
        var factory = new WerkstroomDbContextFactory(_database.Options);
        await new PersistenceInitializer(factory).InitializeAsync();
        // A message belongs to a stored case file.
        var caseFiles = new EFCoreCaseFileStore(factory);
        if (await caseFiles.FindAsync("z-1") is null)
            await caseFiles.AddAsync(new CaseFile { Id = "z-1", Zaaktype = "wmo-maatwerkvoorziening", Team = "wijkteam-noord", OpenedAt = DateTimeOffset.UnixEpoch });
        return new EFCoreOutbox(factory);
    }
}

/// <summary>The contract on the simulation's outbox (in memory), as issue 7 asks.</summary>
public sealed class SimulationOutboxTests : OutboxTests
{
    private readonly Simulation.SimulationOutbox _outbox = new();

    protected override Task<IOutbox> OpenAsync() => Task.FromResult<IOutbox>(_outbox);
}
