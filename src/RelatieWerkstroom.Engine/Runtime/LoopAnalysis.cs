using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>
/// Finds the loops of a bound graph: marks backward connections (to an activity on every path to their source),
/// reports loops entered other than through their first activity, and records each loop's body and the connections
/// that leave it.
/// </summary>
internal static class LoopAnalysis
{
    public static void Classify(DominatorTree tree, List<ValidationProblem> problems)
    {
        var backEdges = new List<GraphEdge>();
        foreach (var n in tree.Reachable)
            foreach (var e in n.Outbound)
                if (e.IsBackward = tree.Dominates(e.Target, n)) backEdges.Add(e);

        // Any cycle left among forward connections is a loop entered other than through its head.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in tree.Reachable) FindIrreducible(n, state, problems);

        MarkLoops(tree.Reachable, backEdges, tree.Predecessors);
    }

    private static void FindIrreducible(GraphNode node, Dictionary<string, int> state, List<ValidationProblem> problems)
    {
        // 0 = unvisited, 1 = on the stack, 2 = done. Iterative to survive long chains.
        if (state.GetValueOrDefault(node.Id) != 0) return;
        var stack = new Stack<(GraphNode Node, int Next)>();
        stack.Push((node, 0));
        state[node.Id] = 1;
        while (stack.Count > 0)
        {
            var (n, next) = stack.Pop();
            var forward = n.Outbound;
            if (next < forward.Count)
            {
                stack.Push((n, next + 1));
                var e = forward[next];
                if (e.IsBackward) continue;
                switch (state.GetValueOrDefault(e.Target.Id))
                {
                    case 0:
                        state[e.Target.Id] = 1;
                        stack.Push((e.Target, 0));
                        break;
                    case 1:
                        // Elsa imports this and faults only when the connection is followed (the runner does the same): a warning.
                        problems.Add(ProblemCodes.LoopEnteredSideways.Warning(n.Id, $"connections[{e.Connection.Index}]", ("connection", e.Connection),
                            ("activity", n.Node.Label), ("loopStart", e.Target.Node.Label), ("loopStartId", e.Target.Id), ("activityId", n.Id)));
                        e.IsBackward = true; // keep the graph acyclic so compilation can go on
                        e.IsInvalidBackward = true;
                        break;
                }
            }
            else
            {
                state[n.Id] = 2;
            }
        }
    }

    /// <summary>
    /// Finds each loop's body (the natural loop: its head plus every activity that reaches a backward connection
    /// into the head without passing the head) and marks the connections that leave a loop.
    /// </summary>
    /// <remarks>
    /// Only the body's join bookkeeping restarts when the loop goes round; activities after the loop keep what other
    /// branches already delivered. A connection leaving the loop that is not taken in one round is taken or not in a
    /// later round, so the runner holds its dead path back until the loop has stopped (see <see cref="GraphEdge.ExitedLoop"/>).
    /// </remarks>
    private static void MarkLoops(List<GraphNode> reachable, List<GraphEdge> backEdges, Dictionary<string, List<GraphNode>> predecessors)
    {
        var heads = new List<GraphNode>();
        foreach (var back in backEdges)
        {
            var head = back.Target;
            if (head.LoopMembers.Count == 0)
            {
                head.LoopMembers.Add(head.Id);
                heads.Add(head);
            }
            // Walk backwards from the connection's source; the head stops the walk (predecessors include back edges).
            var stack = new Stack<GraphNode>([back.Source]);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                if (!head.LoopMembers.Add(n.Id)) continue;
                foreach (var p in predecessors[n.Id]) stack.Push(p);
            }
        }
        foreach (var back in backEdges) back.LoopBody = [.. back.Target.LoopMembers];
        if (heads.Count == 0) return;

        foreach (var edge in reachable.SelectMany(n => n.Outbound))
        {
            if (edge.IsBackward) continue;
            GraphNode? outermost = null;
            foreach (var head in heads)
                if (head.LoopMembers.Contains(edge.Source.Id) && !head.LoopMembers.Contains(edge.Target.Id)
                    && (outermost is null || head.LoopMembers.Count > outermost.LoopMembers.Count))
                    outermost = head;
            edge.ExitedLoop = outermost;
        }
    }
}
