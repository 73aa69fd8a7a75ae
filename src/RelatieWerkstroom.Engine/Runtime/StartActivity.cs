using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>
/// Where a new instance starts: <c>root.start</c> when a definition names one (older tools write it), else an
/// Elsa.Start, an activity marked <c>canStartWorkflow</c>, the first activity without an inbound connection, or the
/// first activity.
/// </summary>
internal static class StartActivity
{
    /// <summary>The start node; null for an empty flowchart or when <c>root.start</c> names no activity (a problem).</summary>
    public static GraphNode? Find(WorkflowDefinition definition, Dictionary<string, GraphNode> nodes, List<ValidationProblem> problems)
    {
        if (definition.Activities.Count == 0) return null;
        if (definition.StartActivityId is { Length: > 0 } explicitStart)
        {
            if (nodes.TryGetValue(explicitStart, out var s)) return s;
            problems.Add(ProblemCodes.StartMissing.Error(null, "root.start", ("activity", explicitStart)));
            return null;
        }
        var ordered = definition.Activities.Select(a => nodes[a.Id]).Distinct().ToList();
        var hasInbound = ordered.SelectMany(n => n.Outbound).Select(e => e.Target.Id).ToHashSet(StringComparer.Ordinal);
        return ordered.FirstOrDefault(n => n.Node.Type == "Elsa.Start")
            ?? ordered.FirstOrDefault(n => n.Node.CanStartWorkflow)
            ?? ordered.FirstOrDefault(n => !hasInbound.Contains(n.Id))
            ?? ordered[0];
    }
}
