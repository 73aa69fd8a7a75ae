using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>Runs the subject store tests on a SQLite file in a temporary folder.</summary>
public sealed class SqliteCaseSubjectStoreTests : CaseSubjectStoreTests
{
    protected override TestDatabase CreateDatabase() => TestDatabase.Sqlite();
}
