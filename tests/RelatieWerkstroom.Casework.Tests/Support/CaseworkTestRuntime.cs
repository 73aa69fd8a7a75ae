using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.Activities.Steps;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Casework.Activities;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>A runtime over in-memory stores with Casework registered through DI, a fake clock and captured output.</summary>
public sealed class CaseworkTestRuntime
{
    public CaseworkTestRuntime()
    {
        var services = new ServiceCollection()
            .AddCasework(typeof(CaseworkTestRuntime).Assembly)
            .AddSingleton(Clock)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(Probe);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        // The registry AddCasework made: its step catalogue knows the test assembly's probe requests too.
        Registry = Services.GetRequiredService<ActivityRegistry>();
        Runtime = new WorkflowRuntime(Registry, Definitions, Instances, Services, Clock, Output);
        Validator = new DefinitionValidator(Registry);
        Service = new DefinitionService(Definitions, Validator);
    }

    public ActivityRegistry Registry { get; }

    public InMemoryWorkflowDefinitionStore Definitions { get; } = new();

    public InMemoryWorkflowInstanceStore Instances { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public StepProbe Probe { get; } = new();

    public StringWriter Output { get; } = new() { NewLine = "\n" };

    public ServiceProvider Services { get; }

    public WorkflowRuntime Runtime { get; }

    public DefinitionValidator Validator { get; }

    public DefinitionService Service { get; }

    public string[] Lines => Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public async Task<RunResult> StartAsync(WorkflowDefinition definition, StartOptions? options = null)
    {
        var stored = await Service.ImportAsync([(definition.DefinitionId, definition)]);
        return await Runtime.StartAsync(stored[0], options);
    }

    public async Task<List<JournalEntry>> JournalAsync(string instanceId)
    {
        var list = new List<JournalEntry>();
        await foreach (var e in Instances.ReadAsync(0, instanceId)) list.Add(e);
        return list;
    }
}
