using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Activities.Steps;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Casework.Activities;

namespace RelatieWerkstroom.Benchmarks.W2;

/// <summary>RelatieWerkstroom on W2 over the instance store the factory makes (in memory, SQLite, …); the journal is kept.</summary>
public sealed class RelatieWerkstroomSide(string name, Func<Task<StoreLease>> storeFactory, int concurrency, bool plainSteps = false, int maxInstancesPerRun = 1_000) : IW2Side
{
    private readonly ServiceProvider _services = new ServiceCollection().AddCasework(typeof(Noop).Assembly).BuildServiceProvider();
    private readonly ActivityRegistry _registry = CaseworkActivities.CreateRegistry();
    private readonly WorkflowDefinition _definition = W2Definition.Build(plainSteps);
    private WorkflowRuntime? _runtime;
    private StoreLease? _store;

    public string Name { get; } = name;

    public int Concurrency { get; } = concurrency;

    public int MaxInstancesPerRun { get; } = maxInstancesPerRun;

    public async Task PrepareAsync()
    {
        var definitions = new InMemoryWorkflowDefinitionStore();
        await definitions.SaveAsync([_definition]);
        _store = await storeFactory();
        _runtime = new WorkflowRuntime(_registry, definitions, _store.Store, _services, TimeProvider.System, TextWriter.Null);
    }

    public async ValueTask RunInstanceAsync(int index)
    {
        var result = await _runtime!.StartAsync(W2Definition.DefinitionId);
        if (result.Status != WorkflowStatus.Finished)
            throw new InvalidOperationException($"W2 instance ended {result.Status}: {result.Incident?.Message}");
    }

    public async Task CleanupAsync()
    {
        if (_store is not null) await _store.Release();
        _store = null;
        _runtime = null;
    }
}
