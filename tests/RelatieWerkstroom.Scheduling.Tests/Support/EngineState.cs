using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;

namespace RelatieWerkstroom.Scheduling.Tests.Support;

/// <summary>
/// Where the engine keeps its state for a test. Persistent: the EF Core store in a database that every host
/// (process lifetime) opens afresh, plus a separate view for the test's own reads. In memory: store objects
/// shared by the hosts, for tests that do not restart.
/// </summary>
public sealed class EngineState : IAsyncDisposable
{
    private readonly PersistenceOptions? _persistence;
    private readonly ServiceProvider? _view;

    private EngineState(TimeProvider? clock, PersistenceOptions? persistence, ServiceProvider? view,
        IWorkflowDefinitionStore definitions, IWorkflowInstanceStore instances, IJournalReader journal)
    {
        Clock = clock ?? TimeProvider.System;
        _persistence = persistence;
        _view = view;
        Definitions = definitions;
        Instances = instances;
        Journal = journal;
    }

    public TimeProvider Clock { get; }

    public IWorkflowDefinitionStore Definitions { get; }

    public IWorkflowInstanceStore Instances { get; }

    public IJournalReader Journal { get; }

    public static EngineState InMemory(TimeProvider? clock = null)
    {
        var instances = new InMemoryWorkflowInstanceStore();
        return new EngineState(clock, null, null, new InMemoryWorkflowDefinitionStore(), instances, instances);
    }

    /// <summary>The EF Core store in the given database (migrated here, as an application start would).</summary>
    public static async Task<EngineState> PersistentAsync(PersistenceOptions options, TimeProvider? clock = null)
    {
        var view = new ServiceCollection().AddPersistence(options).BuildServiceProvider();
        await view.InitializePersistenceAsync();
        return new EngineState(clock, options, view,
            view.GetRequiredService<IWorkflowDefinitionStore>(), view.GetRequiredService<IWorkflowInstanceStore>(), view.GetRequiredService<IJournalReader>());
    }

    /// <summary>What a host registers for the engine: its own stores (or the shared in-memory ones) and a runtime.</summary>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton(Clock);
        if (_persistence is not null)
        {
            services.AddPersistence(_persistence);
        }
        else
        {
            services.AddSingleton(Definitions);
            services.AddSingleton(Instances);
        }
        services.AddSingleton(sp => new WorkflowRuntime(ActivityRegistry.CreateWithCoreActivities(),
            sp.GetRequiredService<IWorkflowDefinitionStore>(), sp.GetRequiredService<IWorkflowInstanceStore>(), sp, Clock, TextWriter.Null));
    }

    /// <summary>A runtime outside any host: a person's request handled elsewhere.</summary>
    public WorkflowRuntime CreateRuntime() =>
        new(ActivityRegistry.CreateWithCoreActivities(), Definitions, Instances, null, Clock, TextWriter.Null);

    /// <summary>Imports and starts a definition on a runtime outside any host (or on the given one, e.g. a host's).</summary>
    public async Task<RunResult> StartAsync(WorkflowDefinition definition, WorkflowRuntime? runtime = null)
    {
        runtime ??= CreateRuntime();
        var service = new DefinitionService(Definitions, new DefinitionValidator(runtime.Registry));
        var stored = await service.ImportAsync([(definition.DefinitionId, definition)]);
        return await runtime.StartAsync(stored[0]);
    }

    public async Task<List<JournalEntry>> JournalAsync(string instanceId)
    {
        var entries = new List<JournalEntry>();
        await foreach (var entry in Journal.ReadAsync(0, instanceId)) entries.Add(entry);
        return entries;
    }

    public async Task<int> ResumedCountAsync(string instanceId, string activityId) =>
        (await JournalAsync(instanceId)).Count(e => e.Kind == JournalEvents.ActivityResumed && e.ActivityId == activityId);

    public async Task<WorkflowStatus?> StatusAsync(string instanceId) =>
        (await Instances.FindAsync(instanceId))?.Status;

    public async ValueTask DisposeAsync()
    {
        if (_view is not null) await _view.DisposeAsync();
    }
}
