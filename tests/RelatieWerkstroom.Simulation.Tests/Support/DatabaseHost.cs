using MediatR;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Activities.Tasks;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Casework.Activities;

namespace RelatieWerkstroom.Simulation.Tests.Support;

/// <summary>
/// A casework host over a SQLite file, composed as a real host is (Persistence's stores, Casework, runtime); opening a
/// second one over the same file is what a restart looks like.
/// </summary>
public sealed class DatabaseHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private DatabaseHost(ServiceProvider provider) => _provider = provider;

    public IServiceProvider Services => _provider;

    public static async Task<DatabaseHost> OpenAsync(string path, TimeProvider clock, MunicipalitySettings? municipality = null)
    {
        var registry = CaseworkActivities.CreateRegistry();
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddSingleton(registry);
        services.AddPersistence(PersistenceOptions.ForSqliteFile(path));
        services.AddCaseworkPersistence();
        services.AddCaseFiles();
        if (municipality is not null) services.AddMunicipalitySettings(municipality);
        services.AddCasework();
        services.AddSingleton(sp => new WorkflowRuntime(registry, sp.GetRequiredService<IWorkflowDefinitionStore>(),
            sp.GetRequiredService<IWorkflowInstanceStore>(), sp, clock, TextWriter.Null));
        var provider = services.BuildServiceProvider();
        await provider.InitializePersistenceAsync();
        return new DatabaseHost(provider);
    }

    /// <summary>Imports and publishes the reference workflows, as a host does at its first start.</summary>
    public async Task ImportReferenceWorkflowsAsync()
    {
        var definitions = Directory.GetFiles(RepositoryPaths.Workflows, "*.json")
            .Select(f => (f, WorkflowDefinitionReader.Parse(File.ReadAllText(f)))).ToList();
        var service = new DefinitionService(_provider.GetRequiredService<IWorkflowDefinitionStore>(),
            new DefinitionValidator(_provider.GetRequiredService<ActivityRegistry>()));
        await service.ImportAsync(definitions);
    }

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public Task<T> SendAsync<T>(IRequest<T> request) => Get<IMediator>().Send(request);

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
