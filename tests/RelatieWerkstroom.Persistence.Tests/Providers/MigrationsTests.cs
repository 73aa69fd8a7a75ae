using Microsoft.EntityFrameworkCore;

namespace RelatieWerkstroom.Persistence.Tests.Providers;

/// <summary>The committed migrations of each provider match the current model (no server needed: nothing is opened).</summary>
public sealed class MigrationsTests
{
    public static TheoryData<PersistenceProvider> Providers => [PersistenceProvider.Sqlite, PersistenceProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_OfProvider_HasNoChangesMissingFromItsMigrations(PersistenceProvider provider)
    {
        var options = provider == PersistenceProvider.Sqlite
            ? PersistenceOptions.ForSqliteFile(Path.Combine(Path.GetTempPath(), "never-opened.db"))
            : PersistenceOptions.ForPostgreSql("Host=localhost;Database=never_opened");
        using var db = new WerkstroomDbContextFactory(options).CreateDbContext();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"the {provider} model differs from its migrations: run `dotnet run --project tools/RelatieWerkstroom.MigrationTool -- add <Name>`");
    }
}
