using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Persistence.Extensions;

namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>
/// A runtime over the database stores, built from scratch (service provider, factory, stores, runtime): opening a
/// second one over the same database is what a restart or a second process looks like.
/// </summary>
public sealed class PersistentRuntime : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PersistentRuntime(ServiceProvider services, FakeTimeProvider clock)
    {
        _services = services;
        Clock = clock;
        Instances = services.GetRequiredService<IWorkflowInstanceStore>();
        Journal = services.GetRequiredService<IJournalReader>();
        Definitions = services.GetRequiredService<IWorkflowDefinitionStore>();
        Runtime = new WorkflowRuntime(Registry, Definitions, Instances, services, clock, Output);
        Service = new DefinitionService(Definitions, new DefinitionValidator(Registry));
    }

    public ActivityRegistry Registry { get; } = ActivityRegistry.CreateWithCoreActivities();

    public IWorkflowInstanceStore Instances { get; }

    public IJournalReader Journal { get; }

    public IWorkflowDefinitionStore Definitions { get; }

    public FakeTimeProvider Clock { get; }

    public StringWriter Output { get; } = new() { NewLine = "\n" };

    public WorkflowRuntime Runtime { get; }

    public DefinitionService Service { get; }

    public string[] Lines => Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Opens the database (applying migrations) with fresh objects.</summary>
    public static async Task<PersistentRuntime> OpenAsync(PersistenceOptions options, FakeTimeProvider clock)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddPersistence(options)
            .BuildServiceProvider();
        await services.InitializePersistenceAsync();
        return new PersistentRuntime(services, clock);
    }

    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public async Task<WorkflowDefinition> ImportAsync(WorkflowDefinition definition) =>
        (await Service.ImportAsync([(definition.DefinitionId, definition)]))[0];

    public async Task<RunResult> StartAsync(WorkflowDefinition definition, StartOptions? options = null) =>
        await Runtime.StartAsync(await ImportAsync(definition), options);

    public async Task<List<JournalEntry>> JournalAsync(string? instanceId = null, long afterSequence = 0)
    {
        var list = new List<JournalEntry>();
        await foreach (var e in Journal.ReadAsync(afterSequence, instanceId)) list.Add(e);
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

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
