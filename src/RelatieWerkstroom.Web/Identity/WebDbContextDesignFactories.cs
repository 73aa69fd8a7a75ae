using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>Design-time factory for <c>dotnet ef migrations add … --context SqliteWebDbContext</c>; opens nothing.</summary>
public sealed class SqliteWebDbContextDesignFactory : IDesignTimeDbContextFactory<SqliteWebDbContext>
{
    /// <inheritdoc />
    public SqliteWebDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWebDbContext>()
            .UseSqlite("Data Source=design-time.db", s => s.MigrationsHistoryTable(WebDbContext.MigrationsHistoryTable)).Options);
}

/// <summary>Design-time factory for <c>dotnet ef migrations add … --context PostgreSqlWebDbContext</c>; opens nothing.</summary>
public sealed class PostgreSqlWebDbContextDesignFactory : IDesignTimeDbContextFactory<PostgreSqlWebDbContext>
{
    /// <inheritdoc />
    public PostgreSqlWebDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlWebDbContext>()
            .UseNpgsql("Host=localhost;Database=werkstroom_design_time", n => n.MigrationsHistoryTable(WebDbContext.MigrationsHistoryTable)).Options);
}
