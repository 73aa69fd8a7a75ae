using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>Runs the casework commit tests on a SQLite file in a temporary folder.</summary>
public sealed class SqliteCaseworkCommitTests : CaseworkCommitTests
{
    protected override TestDatabase CreateDatabase() => TestDatabase.Sqlite();
}
