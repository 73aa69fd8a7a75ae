using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>Runs the durable runtime tests on a SQLite file in a temporary folder.</summary>
public sealed class SqliteDurableRuntimeTests : DurableRuntimeTests
{
    protected override TestDatabase CreateDatabase() => TestDatabase.Sqlite();
}
