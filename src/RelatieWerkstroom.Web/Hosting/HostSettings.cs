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

    /// <summary>
    /// The folder with the built front-end: <c>Werkstroom:WebRoot</c>, else <c>wwwroot</c> in the content root, else the
    /// <c>wwwroot</c> shipped beside the host's binaries (a published host started from another folder); null: the default.
    /// </summary>
    public string? WebRoot { get; init; }

    /// <summary>
    /// The demo caseload seeded on first start in demo mode (<c>Werkstroom:DemoSeed:Cases</c>, <c>:Months</c>, <c>:Seed</c>;
    /// <c>Werkstroom:DemoSeed:Cases=0</c> or <c>Werkstroom:DemoSeed:Enabled=false</c> seeds none).
    /// </summary>
    public DemoSeedSettings DemoSeed { get; init; } = new();

    /// <summary>
    /// Reads the settings; a relative data folder is taken from the folder the host was started in, other relative
    /// folders from the content root.
    /// </summary>
    public static HostSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataFolder = Path.GetFullPath(configuration["data"] ?? configuration["Werkstroom:Data"] ?? "data", Directory.GetCurrentDirectory());
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
            WebRoot = configuration["Werkstroom:WebRoot"] is { Length: > 0 } webRoot ? Path.GetFullPath(webRoot, environment.ContentRootPath) : ShippedWebRoot(environment),
            DemoSeed = DemoSeedSettings.From(configuration.GetSection("Werkstroom:DemoSeed")),
        };
    }

    // A published host started from another folder has no wwwroot in its content root: it serves the one it ships.
    private static string? ShippedWebRoot(IHostEnvironment environment)
    {
        if (File.Exists(Path.Combine(environment.ContentRootPath, "wwwroot", "index.html"))) return null;
        var shipped = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return File.Exists(Path.Combine(shipped, "index.html")) ? shipped : null;
    }
}

/// <summary>How large a demo caseload the host seeds on first start in demo mode.</summary>
public sealed record DemoSeedSettings
{
    /// <summary>Cases arriving over the period; 0 seeds nothing.</summary>
    public int Cases { get; init; } = 300;

    /// <summary>How many months before now the period starts.</summary>
    public int Months { get; init; } = 4;

    /// <summary>The seed of every random choice.</summary>
    public int Seed { get; init; } = 2026;

    /// <summary>Whether a caseload is seeded at all.</summary>
    public bool Enabled => Cases > 0;

    /// <summary>Reads <c>Werkstroom:DemoSeed</c>; <c>Enabled=false</c> means no cases.</summary>
    public static DemoSeedSettings From(IConfigurationSection section)
    {
        var defaults = new DemoSeedSettings();
        var enabled = section.GetValue<bool?>("Enabled") ?? true;
        return new DemoSeedSettings
        {
            Cases = enabled ? section.GetValue<int?>("Cases") ?? defaults.Cases : 0,
            Months = section.GetValue<int?>("Months") ?? defaults.Months,
            Seed = section.GetValue<int?>("Seed") ?? defaults.Seed,
        };
    }
}

/// <summary>Registers <see cref="HostSettings"/> from the builder's configuration.</summary>
public static class HostSettingsExtensions
{
    /// <summary>Reads the host settings once and registers them.</summary>
    public static WebApplicationBuilder AddWerkstroomSettings(this WebApplicationBuilder builder)
    {
        AddShippedAppSettings(builder);
        builder.Services.AddSingleton(HostSettings.From(builder.Configuration, builder.Environment));
        return builder;
    }

    // Started from another folder than its own, the host still reads the appsettings.json it ships (below everything else).
    private static void AddShippedAppSettings(WebApplicationBuilder builder)
    {
        var shipped = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json"))
            || !File.Exists(Path.Combine(shipped, "appsettings.json"))) return;
        var files = new ConfigurationBuilder().SetBasePath(shipped)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{builder.Environment.EnvironmentName}.json", optional: true)
            .Build();
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.ChainedConfigurationSource { Configuration = files });
    }

    /// <summary>The registered settings (the composition needs them before the container is built).</summary>
    public static HostSettings GetHostSettings(this IServiceCollection services) =>
        services.Select(d => d.ImplementationInstance).OfType<HostSettings>().LastOrDefault()
        ?? throw new InvalidOperationException("call builder.AddWerkstroomSettings() first");
}
