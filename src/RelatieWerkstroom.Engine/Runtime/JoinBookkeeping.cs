namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>
/// What joins count on once loops are known: each activity's forward inbound connections (an implicit join waits for
/// all of them) and, for each FlowJoin, the activities it can be reached from (a WaitAny join cancels them).
/// </summary>
internal static class JoinBookkeeping
{
    /// <param name="reachable">The reachable activities in reverse postorder, connections already classified.</param>
    public static void Record(List<GraphNode> reachable)
    {
        foreach (var n in reachable)
            foreach (var e in n.Outbound.Where(e => !e.IsBackward))
            {
                e.InboundIndex = e.Target.ForwardInbound.Count;
                e.Target.ForwardInbound.Add(e);
            }

        foreach (var join in reachable.Where(n => n.Node.Type == "Elsa.FlowJoin"))
            foreach (var ancestor in ForwardAncestors(join))
                join.Ancestors.Add(ancestor.Id);
    }

    private static IEnumerable<GraphNode> ForwardAncestors(GraphNode to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { to.Id };
        var queue = new Queue<GraphNode>([to]);
        while (queue.Count > 0)
        {
            var n = queue.Dequeue();
            foreach (var e in n.ForwardInbound)
                if (seen.Add(e.Source.Id))
                {
                    queue.Enqueue(e.Source);
                    yield return e.Source;
                }
        }
    }
}
