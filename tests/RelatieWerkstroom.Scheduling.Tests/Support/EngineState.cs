using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Scheduling.Tests.Support;

/// <summary>
/// The engine's stores, kept outside any host so that they outlive one "process lifetime" and are seen by the
/// next, as the application database would be. (In-memory until the EF Core store is on main.)
/// </summary>
public sealed class EngineState(TimeProvider? clock = null)
{
    public ActivityRegistry Registry { get; } = ActivityRegistry.CreateWithCoreActivities();

    public InMemoryWorkflowDefinitionStore Definitions { get; } = new();

    public InMemoryWorkflowInstanceStore Instances { get; } = new();

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    /// <summary>A runtime over these stores, as a host would build it.</summary>
    public WorkflowRuntime CreateRuntime(IServiceProvider? services = null) =>
        new(Registry, Definitions, Instances, services, Clock, TextWriter.Null);

    public async Task<RunResult> StartAsync(WorkflowDefinition definition)
    {
        var service = new DefinitionService(Definitions, new DefinitionValidator(Registry));
        var stored = await service.ImportAsync([(definition.DefinitionId, definition)]);
        return await CreateRuntime().StartAsync(stored[0]);
    }

    public async Task<List<JournalEntry>> JournalAsync(string instanceId)
    {
        var entries = new List<JournalEntry>();
        await foreach (var entry in Instances.ReadAsync(0, instanceId)) entries.Add(entry);
        return entries;
    }

    public async Task<int> ResumedCountAsync(string instanceId, string activityId) =>
        (await JournalAsync(instanceId)).Count(e => e.Kind == JournalEvents.ActivityResumed && e.ActivityId == activityId);

    public async Task<WorkflowStatus?> StatusAsync(string instanceId) =>
        (await Instances.FindAsync(instanceId))?.Status;
}
