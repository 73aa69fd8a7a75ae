using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Support;

/// <summary>A runtime over in-memory stores with captured output and a fake clock.</summary>
public sealed class TestRuntime
{
    /// <param name="options">Runtime limits.</param>
    /// <param name="wrapStore">Puts a decorator around the in-memory instance store (e.g. to force two bursts to overlap).</param>
    /// <param name="services">Host services for activities and commit listeners.</param>
    public TestRuntime(RuntimeOptions? options = null, Func<InMemoryWorkflowInstanceStore, IWorkflowInstanceStore>? wrapStore = null,
        IServiceProvider? services = null)
    {
        Runtime = new WorkflowRuntime(Registry, Definitions, wrapStore?.Invoke(Instances) ?? Instances, services, Clock, Output, options);
        Service = new DefinitionService(Definitions, new DefinitionValidator(Registry));
    }

    public ActivityRegistry Registry { get; } = ActivityRegistry.CreateWithCoreActivities();

    public InMemoryWorkflowDefinitionStore Definitions { get; } = new();

    public InMemoryWorkflowInstanceStore Instances { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public StringWriter Output { get; } = new() { NewLine = "\n" };

    public WorkflowRuntime Runtime { get; }

    public DefinitionService Service { get; }

    public string[] Lines => Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public async Task<WorkflowDefinition> ImportAsync(WorkflowDefinition definition)
    {
        var stored = await Service.ImportAsync([(definition.DefinitionId, definition)]);
        return stored[0];
    }

    public async Task<RunResult> StartAsync(WorkflowDefinition definition, StartOptions? options = null) =>
        await Runtime.StartAsync(await ImportAsync(definition), options);

    public async Task<RunResult> StartSampleAsync(string file) =>
        await StartAsync(WorkflowDefinitionReader.Parse(await File.ReadAllTextAsync(SharedPaths.Sample(file))));

    public async Task<List<JournalEntry>> JournalAsync(string? instanceId = null)
    {
        var list = new List<JournalEntry>();
        await foreach (var e in Instances.ReadAsync(0, instanceId)) list.Add(e);
        return list;
    }

    /// <summary>Advances the clock to each due timer in turn and fires it, until none is left.</summary>
    public async Task<RunResult> FireTimersUntilDoneAsync(RunResult result)
    {
        while (result.Status == WorkflowStatus.Suspended && result.Bookmarks.Where(b => b.DueAt is not null).MinBy(b => b.DueAt) is { } next)
        {
            if (next.DueAt > Clock.GetUtcNow()) Clock.SetUtcNow(next.DueAt!.Value);
            var fired = await Runtime.ResumeDueTimersAsync(Clock.GetUtcNow());
            result = fired.Last(r => r.InstanceId == result.InstanceId);
        }
        return result;
    }
}
