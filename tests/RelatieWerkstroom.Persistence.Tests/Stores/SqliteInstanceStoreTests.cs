using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>Runs the instance store tests on a SQLite file in a temporary folder.</summary>
public sealed class SqliteInstanceStoreTests() : DatabaseInstanceStoreTests(TestDatabase.Sqlite);
