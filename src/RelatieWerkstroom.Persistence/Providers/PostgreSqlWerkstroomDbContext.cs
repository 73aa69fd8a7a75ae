using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RelatieWerkstroom.Persistence.Providers;

/// <summary>The PostgreSQL flavour of the database: its own migrations (Migrations/PostgreSql) and PostgreSQL-specific behaviour.</summary>
public sealed class PostgreSqlWerkstroomDbContext(DbContextOptions<PostgreSqlWerkstroomDbContext> options) : WerkstroomDbContext(options)
{
    // Arbitrary, fixed key of the transaction-scoped advisory lock that orders journal writers.
    private const long JournalLockKey = 0x5257_4A6F_7572;

    /// <summary>Configures EF Core for a PostgreSQL database with the given options.</summary>
    public static DbContextOptions<PostgreSqlWerkstroomDbContext> CreateOptions(PersistenceOptions options) =>
        new DbContextOptionsBuilder<PostgreSqlWerkstroomDbContext>()
            .UseNpgsql(options.ResolveConnectionString(), npgsql => npgsql.CommandTimeout((int)Math.Ceiling(options.BusyTimeout.TotalSeconds)))
            .Options;

    /// <inheritdoc />
    protected internal override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <inheritdoc />
    protected internal override async Task SerializeJournalWritersAsync(CancellationToken cancellationToken) =>
        // Identity values are handed out at insert time but become visible at commit time; without this lock a
        // transaction could commit sequence 10 while sequence 9 is still open, and a reader that has seen 10 would skip 9.
        await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({JournalLockKey})", cancellationToken);

    /// <inheritdoc />
    protected internal override async ValueTask<IAsyncDisposable> GuardMigrationsAsync(CancellationToken cancellationToken) =>
        await PostgreSqlMigrationGuard.AcquireAsync(Database.GetConnectionString()!, cancellationToken);

    /// <inheritdoc />
    protected internal override Task<List<string>> ListTablesAsync(CancellationToken cancellationToken) =>
        Database.SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()")
            .ToListAsync(cancellationToken);

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
}
