using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>Runs the definition store tests on a SQLite file in a temporary folder.</summary>
public sealed class SqliteDefinitionStoreTests : DefinitionStoreTests
{
    protected override TestDatabase CreateDatabase() => TestDatabase.Sqlite();
}
