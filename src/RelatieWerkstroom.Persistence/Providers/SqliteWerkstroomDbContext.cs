using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace RelatieWerkstroom.Persistence.Providers;

/// <summary>The SQLite flavour of the database: its own migrations (Migrations/Sqlite) and SQLite-specific behaviour.</summary>
public sealed class SqliteWerkstroomDbContext(DbContextOptions<SqliteWerkstroomDbContext> options) : WerkstroomDbContext(options)
{
    // SQLite extended result codes for a broken primary key and a broken unique index.
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;

    /// <summary>Configures EF Core for a SQLite database with the given options.</summary>
    public static DbContextOptions<SqliteWerkstroomDbContext> CreateOptions(PersistenceOptions options) =>
        new DbContextOptionsBuilder<SqliteWerkstroomDbContext>()
            .UseSqlite(options.ResolveConnectionString(), sqlite => sqlite.CommandTimeout((int)Math.Ceiling(options.BusyTimeout.TotalSeconds)))
            .AddInterceptors(new SqlitePragmaInterceptor(options.BusyTimeout))
            .Options;

    /// <inheritdoc />
    protected internal override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: ConstraintPrimaryKey or ConstraintUnique };

    /// <inheritdoc />
    protected internal override Task SerializeJournalWritersAsync(CancellationToken cancellationToken) =>
        // SQLite has one writer at a time: the transaction holds the write lock from its first write to its commit.
        Task.CompletedTask;

    // The file behind each connection string, worked out once: null for an in-memory database (nobody else writes it).
    private static readonly ConcurrentDictionary<string, string?> Files = new(StringComparer.Ordinal);

    /// <inheritdoc />
    internal override ValueTask<WriterTurn> WriterTurnAsync(CancellationToken cancellationToken)
    {
        var file = Files.GetOrAdd(Database.GetConnectionString() ?? "", static connectionString =>
        {
            var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
            return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" ? null : Path.GetFullPath(dataSource);
        });
        return file is null ? ValueTask.FromResult(WriterTurn.None) : SqliteWriterQueue.TakeAsync(file, cancellationToken);
    }

    /// <inheritdoc />
    protected internal override Task<List<string>> ListTablesAsync(CancellationToken cancellationToken) =>
        Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .ToListAsync(cancellationToken);

    /// <inheritdoc />
    protected internal override bool? HoldsNothing()
    {
        // Opening switches the file to WAL, which writes to it: a missing or empty file must be recognised before that.
        var dataSource = new SqliteConnectionStringBuilder(Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return true;
        var file = new FileInfo(Path.GetFullPath(dataSource));
        return !file.Exists || file.Length == 0;
    }

    /// <inheritdoc />
    protected internal override void PrepareStorage()
    {
        var dataSource = new SqliteConnectionStringBuilder(Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }

    /// <inheritdoc />
    protected internal override async ValueTask<IAsyncDisposable> GuardMigrationsAsync(CancellationToken cancellationToken)
    {
        var dataSource = new SqliteConnectionStringBuilder(Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return await base.GuardMigrationsAsync(cancellationToken);
        return await SqliteMigrationGuard.AcquireAsync(this, Path.GetFullPath(dataSource), cancellationToken);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
}
