using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Cli.Hosting;

/// <summary>The engine as the CLI uses it: registry, stores on one database, runtime, definition service.</summary>
public sealed class WerkstroomHost : IAsyncDisposable
{
    private WerkstroomHost(WorkflowRuntime runtime, DefinitionService definitions, VirtualClock clock)
    {
        Runtime = runtime;
        Definitions = definitions;
        Clock = clock;
    }

    /// <summary>The runtime.</summary>
    public WorkflowRuntime Runtime { get; }

    /// <summary>Import, save and publish definitions.</summary>
    public DefinitionService Definitions { get; }

    /// <summary>The clock the runtime uses.</summary>
    public VirtualClock Clock { get; }

    /// <summary>Every activity type the CLI can run and validate.</summary>
    public static ActivityRegistry CreateRegistry() => ActivityRegistry.CreateWithCoreActivities();

    /// <summary>Opens the stores on the given database file.</summary>
    public static Task<WerkstroomHost> OpenAsync(string? databasePath, TextWriter output, CancellationToken cancellationToken = default)
    {
        var registry = CreateRegistry();
        var clock = new VirtualClock();
        var definitionStore = new InMemoryWorkflowDefinitionStore();
        var instanceStore = new InMemoryWorkflowInstanceStore();
        var runtime = new WorkflowRuntime(registry, definitionStore, instanceStore, null, clock, output);
        return Task.FromResult(new WerkstroomHost(runtime, new DefinitionService(definitionStore, new DefinitionValidator(registry)), clock));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
