using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Activities.Steps;
using RelatieWerkstroom.Casework.Steps;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Casework.Activities;

namespace RelatieWerkstroom.Cli.Hosting;

/// <summary>The engine as the CLI uses it: registry, stores on one SQLite database, runtime, definition service.</summary>
public sealed class WerkstroomHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _temporaryFolder;

    private WerkstroomHost(ServiceProvider services, VirtualClock clock, string? temporaryFolder)
    {
        _services = services;
        _temporaryFolder = temporaryFolder;
        Clock = clock;
        Runtime = services.GetRequiredService<WorkflowRuntime>();
        Definitions = services.GetRequiredService<DefinitionService>();
    }

    /// <summary>The runtime.</summary>
    public WorkflowRuntime Runtime { get; }

    /// <summary>Import, save and publish definitions.</summary>
    public DefinitionService Definitions { get; }

    /// <summary>The clock the runtime uses.</summary>
    public VirtualClock Clock { get; }

    /// <summary>All registered services.</summary>
    public IServiceProvider Services => _services;

    /// <summary>Every activity type the CLI can run and validate.</summary>
    public static ActivityRegistry CreateRegistry()
        // Service steps are validated against the requests the Casework handlers answer.
        => CaseworkActivities.CreateRegistry();

    /// <summary>
    /// Opens (creating and migrating when new, unless <paramref name="requireExisting"/>) the SQLite database; without a path,
    /// a temporary one. A database of another application or of a newer version is refused unchanged.
    /// </summary>
    public static async Task<WerkstroomHost> OpenAsync(string? databasePath, TextWriter output, CancellationToken cancellationToken = default,
        bool requireExisting = false, Casework.Settings.MunicipalitySettings? municipality = null)
    {
        string? temporaryFolder = null;
        if (databasePath is null)
        {
            temporaryFolder = Directory.CreateTempSubdirectory("werkstroom-").FullName;
            databasePath = Path.Combine(temporaryFolder, "werkstroom.db");
        }

        var clock = new VirtualClock();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        // The same composition as the web host, so that service steps find their handlers and case files.
        services.AddWerkstroom(PersistenceOptions.ForSqliteFile(databasePath), output);
        if (municipality is not null) services.AddMunicipalitySettings(municipality);
        var provider = services.BuildServiceProvider();
        await provider.InitializePersistenceAsync(cancellationToken, requireExisting);
        // Workflows published as activities earlier (another run, the web host) are activity types for this one too.
        await provider.GetRequiredService<ActivityRegistry>().WorkflowActivities.RefreshAsync(provider.GetRequiredService<IWorkflowDefinitionStore>(), cancellationToken);
        return new WerkstroomHost(provider, clock, temporaryFolder);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_temporaryFolder is null) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_temporaryFolder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temporary folders; a leftover file is harmless.
        }
    }
}
