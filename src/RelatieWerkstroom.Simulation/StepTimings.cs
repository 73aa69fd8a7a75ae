using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// How long a step waits and how long its work takes: the settings for the step (qualified by its workflow, then by
/// activity id), else for the task's role, else the general task or decision timing; without a work time in the settings
/// the step's own friction annotation (its minutes) decides.
/// </summary>
internal sealed class StepTimings(SimulationSettings settings, IReadOnlyDictionary<string, WorkflowDefinition> definitionsById)
{
    /// <summary>The timing of the waiting step <paramref name="stored"/>; <paramref name="role"/> is a task's role.</summary>
    public StepTiming For(StoredBookmark stored, string? role, bool isTask)
    {
        var activityId = stored.Bookmark.ActivityId;
        if (settings.StepTiming.TryGetValue(stored.DefinitionId + "/" + activityId, out var qualified)) return Fill(qualified);
        if (settings.StepTiming.TryGetValue(activityId, out var step)) return Fill(step);
        if (role is not null && settings.RoleTiming.TryGetValue(role, out var byRole)) return Fill(byRole);
        return isTask ? settings.TaskTiming : settings.DecisionTiming;

        StepTiming Fill(StepTiming timing) => timing.Wait is null ? timing with { Wait = (isTask ? settings.TaskTiming : settings.DecisionTiming).Wait } : timing;
    }

    /// <summary>How long the work on the claimed task <paramref name="stored"/> takes.</summary>
    public Distribution WorkTime(StoredBookmark stored, string role)
    {
        var timing = For(stored, role, isTask: true);
        if (timing.Work is { } work) return work;
        if (definitionsById.Values.FirstOrDefault(d => d.DefinitionId == stored.DefinitionId) is { } definition
            && definition.ActivitiesById.TryGetValue(stored.Bookmark.ActivityId, out var node)
            && node.Friction?["minutes"] is JsonValue minutes && minutes.TryGetValue<double>(out var m) && m > 0)
            return Distribution.LogNormal(TimeSpan.FromMinutes(m), 0.5);
        return settings.TaskTiming.Work ?? Distribution.Fixed(TimeSpan.FromMinutes(30));
    }
}
