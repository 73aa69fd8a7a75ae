using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>Runs the case-file store tests on a SQLite file in a temporary folder.</summary>
public sealed class SqliteCaseFileStoreTests() : DatabaseCaseFileStoreTests(TestDatabase.Sqlite);
