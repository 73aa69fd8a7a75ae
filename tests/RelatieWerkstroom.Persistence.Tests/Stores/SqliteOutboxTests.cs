using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>Runs the outbox tests on a SQLite file in a temporary folder.</summary>
public sealed class SqliteOutboxTests() : DatabaseOutboxTests(TestDatabase.Sqlite);
