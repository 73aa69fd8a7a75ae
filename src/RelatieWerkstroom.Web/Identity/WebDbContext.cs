using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Web.AccessLog;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>
/// The host's own tables in the application database: Identity (users, roles, claims) and the access log. Its migrations
/// keep their own history table, apart from the engine's.
/// </summary>
public abstract class WebDbContext(DbContextOptions options) : IdentityDbContext<WerkstroomUser>(options)
{
    /// <summary>The history table of these migrations (the engine's context has the default one).</summary>
    public const string MigrationsHistoryTable = "__WebMigrationsHistory";

    /// <summary>Openings of case files with personal data.</summary>
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<WerkstroomUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Team).HasMaxLength(100);
        });
        builder.Entity<AccessLogEntry>(entry =>
        {
            entry.ToTable("access_log");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedOnAdd();
            entry.Property(e => e.UserName).HasMaxLength(256);
            entry.Property(e => e.Roles).HasMaxLength(200);
            entry.Property(e => e.CaseFileId).HasMaxLength(100);
            entry.Property(e => e.Purpose).HasMaxLength(200);
            entry.Property(e => e.Request).HasMaxLength(300);
            entry.HasIndex(e => e.CaseFileId);
            entry.HasIndex(e => e.AtUtc);
        });
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAccessLogChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAccessLogChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The access log is evidence: an entry once written stays as it was.
    private void RefuseAccessLogChanges()
    {
        if (ChangeTracker.Entries<AccessLogEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("access log entries are append-only; changing or deleting one is refused");
    }
}

/// <summary>The SQLite flavour (migrations in Identity/Migrations/Sqlite).</summary>
public sealed class SqliteWebDbContext(DbContextOptions<SqliteWebDbContext> options) : WebDbContext(options);

/// <summary>The PostgreSQL flavour (migrations in Identity/Migrations/PostgreSql).</summary>
public sealed class PostgreSqlWebDbContext(DbContextOptions<PostgreSqlWebDbContext> options) : WebDbContext(options);
