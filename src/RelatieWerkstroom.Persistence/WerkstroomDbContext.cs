using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence;

/// <summary>
/// The RelatieWerkstroom database. Partial, so that other modules (case files) add their DbSets in their own files;
/// abstract, because each provider has its own subclass in <c>Providers/</c> carrying its migrations and its
/// provider-specific behaviour.
/// </summary>
public abstract partial class WerkstroomDbContext : DbContext
{
    /// <summary>Creates a context; only provider subclasses call this.</summary>
    protected WerkstroomDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>Definition versions.</summary>
    public DbSet<DefinitionVersionRow> DefinitionVersions => Set<DefinitionVersionRow>();

    /// <summary>Workflow instances.</summary>
    public DbSet<InstanceRow> Instances => Set<InstanceRow>();

    /// <summary>Open bookmarks.</summary>
    public DbSet<BookmarkRow> Bookmarks => Set<BookmarkRow>();

    /// <summary>Carried-out operations (idempotency records).</summary>
    public DbSet<OperationRow> Operations => Set<OperationRow>();

    /// <summary>The append-only journal.</summary>
    public DbSet<JournalRow> Journal => Set<JournalRow>();

    /// <summary>Whether a failed save broke a primary key or unique index (someone else stored the same key first).</summary>
    protected internal abstract bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>
    /// Called inside a commit's transaction right before journal rows are inserted, so that sequence order equals
    /// commit order (readers that stream "after sequence N" must never miss a row that commits later with a lower number).
    /// </summary>
    protected internal abstract Task SerializeJournalWritersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits for this process's turn to write, before a write transaction begins; disposing the turn hands it on. SQLite
    /// queues the writers of one database file (<see cref="Providers.SqliteWriterQueue"/>); PostgreSQL lets writers meet
    /// in the database (row locks), so there it returns at once. Never taken inside a commit that already holds it.
    /// </summary>
    internal virtual ValueTask<Providers.WriterTurn> WriterTurnAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Providers.WriterTurn.None);

    /// <summary>The names of the tables in the database (its current schema), to recognise a database of another application.</summary>
    protected internal abstract Task<List<string>> ListTablesAsync(CancellationToken cancellationToken);

    /// <summary>Whether the storage is known to hold nothing yet without opening it (a missing or empty file); null when only opening tells.</summary>
    protected internal virtual bool? HoldsNothing() => null;

    /// <summary>Prepares where the database lives (e.g. the folder of a database file) before migrations run.</summary>
    protected internal virtual void PrepareStorage()
    {
    }

    /// <summary>
    /// Makes sure EF Core's migration lock cannot have been left behind by a process that died, and keeps other
    /// processes from migrating until the returned handle is disposed. The default does nothing (an in-memory
    /// database); SQLite takes a file lock beside the database, PostgreSQL a session-level advisory lock.
    /// </summary>
    protected internal virtual ValueTask<IAsyncDisposable> GuardMigrationsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IAsyncDisposable>(NoGuard.Instance);

    private sealed class NoGuard : IAsyncDisposable
    {
        public static readonly NoGuard Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WerkstroomDbContext).Assembly);
}
