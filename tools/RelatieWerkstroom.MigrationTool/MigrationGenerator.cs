using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;
using RelatieWerkstroom.Persistence;

namespace RelatieWerkstroom.MigrationTool;

/// <summary>Scaffolds a code-first migration for one provider with EF Core's design-time services (what dotnet-ef does).</summary>
public static class MigrationGenerator
{
    /// <summary>The providers a migration is generated for, with the folder (and namespace suffix) of their migrations.</summary>
    public static readonly IReadOnlyDictionary<PersistenceProvider, string> Folders = new Dictionary<PersistenceProvider, string>
    {
        [PersistenceProvider.Sqlite] = "Sqlite",
        [PersistenceProvider.PostgreSql] = "PostgreSql",
    };

    /// <summary>Writes migration, designer and updated model snapshot into Migrations/&lt;Provider&gt; of the project.</summary>
    public static IReadOnlyList<string> Add(string name, PersistenceProvider provider, string projectDir)
    {
        // The model does not depend on the connection; nothing is opened here.
        var options = provider == PersistenceProvider.Sqlite
            ? PersistenceOptions.ForSqliteFile(Path.Combine(Path.GetTempPath(), "werkstroom-design-time.db"))
            : PersistenceOptions.ForPostgreSql("Host=localhost;Database=werkstroom_design_time");
        using var db = new WerkstroomDbContextFactory(options).CreateDbContext();

        var services = new ServiceCollection();
        services.AddEntityFrameworkDesignTimeServices();
        services.AddDbContextDesignTimeServices(db);
        IDesignTimeServices providerServices = provider == PersistenceProvider.Sqlite ? new SqliteDesignTimeServices() : new NpgsqlDesignTimeServices();
        providerServices.ConfigureDesignTimeServices(services);
        using var serviceProvider = services.BuildServiceProvider();

        var scaffolder = serviceProvider.GetRequiredService<IMigrationsScaffolder>();
        var folder = Folders[provider];
        var migration = scaffolder.ScaffoldMigration(name, "RelatieWerkstroom.Persistence", "Migrations." + folder, "C#");
        var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations", folder));
        return new[] { files.MigrationFile, files.MetadataFile, files.SnapshotFile }.OfType<string>().ToList();
    }
}
