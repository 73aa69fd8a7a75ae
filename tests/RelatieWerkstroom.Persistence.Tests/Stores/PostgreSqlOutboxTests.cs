using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>Runs the outbox tests on a PostgreSQL database named by WERKSTROOM_TEST_POSTGRES (see .ci/postgres.sh).</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlOutboxTests() : DatabaseOutboxTests(TestDatabase.PostgreSql);
