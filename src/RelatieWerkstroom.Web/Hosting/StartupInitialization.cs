using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Web.Identity;

namespace RelatieWerkstroom.Web.Hosting;

/// <summary>What happens once before the host listens: schema, reference workflows and, in demo mode, the demo users and caseload.</summary>
public static class StartupInitialization
{
    /// <summary>
    /// Applies the engine's and the host's migrations, imports each reference workflow that the database does not
    /// have yet (published), and in demo mode creates the demo users and seeds the demo caseload into a database
    /// without workflow data. Running it again changes nothing;
    /// hosts starting together on one database do this one after the other (<see cref="StartupLock"/>).
    /// </summary>
    public static async Task InitializeWerkstroomAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var settings = app.Services.GetRequiredService<HostSettings>();
        await app.Services.InitializePersistenceAsync(cancellationToken);
        // Two nodes started together: the second waits here and then finds everything in place (docs/operations/two-nodes.md).
        await using var startup = await StartupLock.AcquireAsync(settings.Persistence, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WebDbContext>().Database.MigrateAsync(cancellationToken);
        await ImportMissingWorkflowsAsync(app.Services, settings.WorkflowsFolder, cancellationToken);
        if (settings.Demo) await scope.ServiceProvider.GetRequiredService<DemoUsers>().EnsureAsync();
        await DemoCaseload.SeedAsync(app.Services, settings, app.Logger, cancellationToken);
    }

    // A definition that a designer has changed since is left alone: only definitions the database lacks are imported.
    private static async Task ImportMissingWorkflowsAsync(IServiceProvider services, string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
            throw new InvalidOperationException($"{folder}: the reference workflows folder is missing (set Werkstroom:Workflows)");
        var store = services.GetRequiredService<IWorkflowDefinitionStore>();
        var missing = new List<(string, WorkflowDefinition)>();
        foreach (var file in Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var definition = WorkflowDefinitionReader.Parse(await File.ReadAllTextAsync(file, cancellationToken));
            if (await store.FindLatestAsync(definition.DefinitionId, cancellationToken) is null) missing.Add((file, definition));
        }
        if (missing.Count > 0) await services.GetRequiredService<DefinitionService>().ImportAsync(missing, publish: true, cancellationToken);
    }
}
