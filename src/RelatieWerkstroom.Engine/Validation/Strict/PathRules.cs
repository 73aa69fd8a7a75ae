using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Validation.Strict;

/// <summary>
/// No path of a case stops without an end: every outcome port of every activity is connected, and from every activity
/// the start reaches some path leads to a terminal activity (Elsa.End, Complete or Finish).
/// </summary>
internal static class PathRules
{
    public static IEnumerable<ValidationProblem> Check(WorkflowGraph graph)
    {
        foreach (var node in graph.Nodes.Values)
        {
            var used = node.Outbound.Select(e => e.Connection.SourcePort).ToHashSet(StringComparer.Ordinal);
            foreach (var port in node.Outcomes.Where(p => !used.Contains(p)))
                yield return ProblemCodes.OutcomeNotConnected.Error(node.Id, "connections", ("port", port), ("activity", node.Node.Label));
        }

        if (graph.Start is null) yield break;
        var canEnd = CanReachTerminal(graph);
        foreach (var node in Reachable(graph.Start))
            if (!canEnd.Contains(node.Id))
                yield return ProblemCodes.NoPathToEnd.Error(node.Id, $"activities[{node.Node.Index}]", ("activity", node.Node.Label));
    }

    private static HashSet<string> CanReachTerminal(WorkflowGraph graph)
    {
        var incoming = graph.Nodes.Values.ToDictionary(n => n.Id, _ => new List<GraphNode>(), StringComparer.Ordinal);
        foreach (var edge in graph.Nodes.Values.SelectMany(n => n.Outbound)) incoming[edge.Target.Id].Add(edge.Source);
        var found = graph.Nodes.Values.Where(n => n.Descriptor.Terminal).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var todo = new Stack<string>(found);
        while (todo.Count > 0)
            foreach (var source in incoming[todo.Pop()])
                if (found.Add(source.Id)) todo.Push(source.Id);
        return found;
    }

    private static IEnumerable<GraphNode> Reachable(GraphNode start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var todo = new Stack<GraphNode>([start]);
        while (todo.Count > 0)
        {
            var node = todo.Pop();
            yield return node;
            foreach (var edge in node.Outbound)
                if (seen.Add(edge.Target.Id)) todo.Push(edge.Target);
        }
    }
}
