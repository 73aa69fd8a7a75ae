namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>
/// Which activities the start reaches and which lie on every path to another (dominators, Cooper–Harvey–Kennedy),
/// over all bound connections.
/// </summary>
internal sealed class DominatorTree
{
    private readonly Dictionary<string, GraphNode> _idom;
    private readonly Dictionary<string, int> _order;

    private DominatorTree(List<GraphNode> reachable, Dictionary<string, List<GraphNode>> predecessors, Dictionary<string, GraphNode> idom, Dictionary<string, int> order)
    {
        Reachable = reachable;
        Predecessors = predecessors;
        _idom = idom;
        _order = order;
    }

    /// <summary>The activities reachable from the start, in reverse postorder (the start first).</summary>
    public List<GraphNode> Reachable { get; }

    /// <summary>For each reachable activity: the reachable activities with a connection to it (backward ones included).</summary>
    public Dictionary<string, List<GraphNode>> Predecessors { get; }

    public bool IsReachable(GraphNode node) => _order.ContainsKey(node.Id);

    /// <summary>Whether <paramref name="a"/> lies on every path from the start to <paramref name="b"/>.</summary>
    public bool Dominates(GraphNode a, GraphNode b)
    {
        var x = b;
        while (true)
        {
            if (x == a) return true;
            if (!_idom.TryGetValue(x.Id, out var up) || up == x) return false;
            x = up;
        }
    }

    public static DominatorTree Build(GraphNode start)
    {
        // Depth-first order from the start gives reachability and a reverse postorder for dominators.
        var postOrder = new List<GraphNode>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(GraphNode Node, int Next)>();
        stack.Push((start, 0));
        visited.Add(start.Id);
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next < node.Outbound.Count)
            {
                stack.Push((node, next + 1));
                var target = node.Outbound[next].Target;
                if (visited.Add(target.Id)) stack.Push((target, 0));
            }
            else
            {
                postOrder.Add(node);
            }
        }

        var rpo = Enumerable.Reverse(postOrder).ToList();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rpo.Count; i++) order[rpo[i].Id] = i;
        var predecessors = rpo.ToDictionary(n => n.Id, _ => new List<GraphNode>(), StringComparer.Ordinal);
        foreach (var n in rpo)
            foreach (var e in n.Outbound)
                predecessors[e.Target.Id].Add(n);

        var idom = new Dictionary<string, GraphNode>(StringComparer.Ordinal) { [start.Id] = start };
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var n in rpo.Skip(1))
            {
                GraphNode? newIdom = null;
                foreach (var p in predecessors[n.Id])
                {
                    if (!idom.ContainsKey(p.Id)) continue;
                    newIdom = newIdom is null ? p : Intersect(p, newIdom, idom, order);
                }
                if (newIdom is not null && (!idom.TryGetValue(n.Id, out var current) || current != newIdom))
                {
                    idom[n.Id] = newIdom;
                    changed = true;
                }
            }
        }
        return new DominatorTree(rpo, predecessors, idom, order);
    }

    private static GraphNode Intersect(GraphNode a, GraphNode b, Dictionary<string, GraphNode> idom, Dictionary<string, int> order)
    {
        while (a != b)
        {
            while (order[a.Id] > order[b.Id]) a = idom[a.Id];
            while (order[b.Id] > order[a.Id]) b = idom[b.Id];
        }
        return a;
    }
}
