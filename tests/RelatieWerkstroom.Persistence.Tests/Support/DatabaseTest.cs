namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>Base of the tests that run against every provider: each test gets a fresh database.</summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    private TestDatabase? _database;

    protected PersistenceOptions Options => (_database ?? throw new InvalidOperationException("database not created")).Options;

    protected abstract TestDatabase CreateDatabase();

    public Task InitializeAsync()
    {
        _database = CreateDatabase();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }
}
