using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// Which task actions and discretion options lead (without waiting for anything in between) to a legal clock being
/// suspended or extended. The law allows neither after the term expired, and the LegalClock activity refuses them
/// then, so the simulation only picks such a choice while the clock still runs within its term.
/// </summary>
internal sealed class ClockGuards
{
    private static readonly HashSet<string> Waiting = new(StringComparer.Ordinal)
    {
        "RelatieWerkstroom.HumanTask", "RelatieWerkstroom.DiscretionPoint", "Elsa.Event", "Elsa.Delay", "Elsa.Timer", "Elsa.Cron",
        "Elsa.ExecuteWorkflow", "Elsa.End", "Elsa.Finish", "Elsa.Complete",
    };

    private readonly Dictionary<(string DefinitionId, string ActivityId, string Port), string[]> _clocks = [];

    /// <summary>Analyses the definitions.</summary>
    public ClockGuards(IEnumerable<WorkflowDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            var outgoing = definition.Connections.ToLookup(c => c.Source, StringComparer.Ordinal);
            foreach (var activity in definition.Activities)
            {
                if (activity.Type is not ("RelatieWerkstroom.HumanTask" or "RelatieWerkstroom.DiscretionPoint")) continue;
                foreach (var port in outgoing[activity.Id].GroupBy(c => c.SourcePort, StringComparer.Ordinal))
                {
                    var clocks = Reachable(definition, outgoing, port.Select(c => c.Target));
                    if (clocks.Count > 0) _clocks[(definition.DefinitionId, activity.Id, port.Key)] = [.. clocks];
                }
            }
        }
    }

    /// <summary>The clocks that the choice <paramref name="port"/> of the activity suspends or extends.</summary>
    public IReadOnlyList<string> ClocksChangedBy(string definitionId, string activityId, string port) =>
        _clocks.TryGetValue((definitionId, activityId, port), out var clocks) ? clocks : [];

    private static HashSet<string> Reachable(WorkflowDefinition definition, ILookup<string, Connection> outgoing, IEnumerable<string> start)
    {
        var clocks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(start);
        while (queue.TryDequeue(out var id))
        {
            if (!seen.Add(id) || !definition.ActivitiesById.TryGetValue(id, out var node)) continue;
            if (Waiting.Contains(node.Type)) continue;
            if (node.Type == "RelatieWerkstroom.LegalClock"
                && node.Input("action")?.Text?.Trim().ToLowerInvariant() is "suspend" or "extend"
                && node.Input("clock")?.Text?.Trim() is { Length: > 0 } clock)
                clocks.Add(clock);
            foreach (var next in outgoing[id]) queue.Enqueue(next.Target);
        }
        return clocks;
    }
}
