using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>Runs the casework flow tests on a SQLite file in a temporary folder.</summary>
public sealed class SqliteCaseworkFlowTests : CaseworkFlowTests
{
    protected override TestDatabase CreateDatabase() => TestDatabase.Sqlite();
}
