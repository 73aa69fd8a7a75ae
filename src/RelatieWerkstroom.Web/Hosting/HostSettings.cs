using RelatieWerkstroom.Persistence;

namespace RelatieWerkstroom.Web.Hosting;

/// <summary>
/// Where the host keeps its data and what it starts with, from the usual configuration: <c>--data FOLDER</c>,
/// <c>ConnectionStrings:PostgreSql</c> (PostgreSQL instead of the SQLite file), <c>Werkstroom:Demo</c> (demo users and
/// caseload; on by default in Development), <c>Werkstroom:Workflows</c> and <c>Werkstroom:Municipality</c>.
/// </summary>
public sealed class HostSettings
{
    /// <summary>The SQLite file's name inside the data folder.</summary>
    public const string DatabaseFileName = "werkstroom.db";

    /// <summary>The folder with the SQLite database (and nothing else the host needs to survive a restart).</summary>
    public required string DataFolder { get; init; }

    /// <summary>Which database and how to reach it.</summary>
    public required PersistenceOptions Persistence { get; init; }

    /// <summary>Demo mode: demo users for every role and a seeded caseload. Never on unless asked for or in Development.</summary>
    public required bool Demo { get; init; }

    /// <summary>The folder with the reference workflows (<c>*.json</c>) and <c>settings/</c>; ships with the host.</summary>
    public required string WorkflowsFolder { get; init; }

    /// <summary>The municipality whose settings apply: <c>settings/NAME.json</c> in <see cref="WorkflowsFolder"/>.</summary>
    public required string Municipality { get; init; }

    /// <summary>Another folder with the built front-end than wwwroot (<c>Werkstroom:WebRoot</c>), or null.</summary>
    public string? WebRoot { get; init; }

    /// <summary>Reads the settings; relative folders are taken from the content root (where the host was started).</summary>
    public static HostSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataFolder = Path.GetFullPath(configuration["data"] ?? configuration["Werkstroom:Data"] ?? "data", environment.ContentRootPath);
        var postgres = configuration.GetConnectionString("PostgreSql");
        var persistence = string.IsNullOrWhiteSpace(postgres)
            ? PersistenceOptions.ForSqliteFile(Path.Combine(dataFolder, DatabaseFileName))
            : PersistenceOptions.ForPostgreSql(postgres);
        var workflows = configuration["Werkstroom:Workflows"] is { Length: > 0 } folder
            ? Path.GetFullPath(folder, environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "workflows");
        return new HostSettings
        {
            DataFolder = dataFolder,
            Persistence = persistence,
            Demo = configuration.GetValue<bool?>("Werkstroom:Demo") ?? configuration.GetValue<bool?>("demo") ?? environment.IsDevelopment(),
            WorkflowsFolder = workflows,
            Municipality = configuration["Werkstroom:Municipality"] ?? "voorbeeldstad",
            WebRoot = configuration["Werkstroom:WebRoot"] is { Length: > 0 } webRoot ? Path.GetFullPath(webRoot, environment.ContentRootPath) : null,
        };
    }
}

/// <summary>Registers <see cref="HostSettings"/> from the builder's configuration.</summary>
public static class HostSettingsExtensions
{
    /// <summary>Reads the host settings once and registers them.</summary>
    public static WebApplicationBuilder AddWerkstroomSettings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(HostSettings.From(builder.Configuration, builder.Environment));
        return builder;
    }

    /// <summary>The registered settings (the composition needs them before the container is built).</summary>
    public static HostSettings GetHostSettings(this IServiceCollection services) =>
        services.Select(d => d.ImplementationInstance).OfType<HostSettings>().LastOrDefault()
        ?? throw new InvalidOperationException("call builder.AddWerkstroomSettings() first");
}
