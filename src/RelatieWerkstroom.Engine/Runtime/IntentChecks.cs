using RelatieWerkstroom.Engine.Activities.Core;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>
/// Warnings for flowcharts that Elsa 3 imports and runs as they stand, but that almost certainly do not do what the
/// designer meant: a WaitAll join behind branches that exclude each other, and a loop nothing leads out of.
/// Each message is Dutch first, English in brackets, and says what to change.
/// </summary>
internal static class IntentChecks
{
    public static void Check(DominatorTree tree, List<ValidationProblem> problems)
    {
        WaitAllBehindExclusiveBranches(tree, problems);
        LoopsWithoutExit(tree, problems);
    }

    /// <summary>
    /// A WaitAll join runs only when every inbound connection was followed. When two of them can only be reached
    /// through different ports of one activity that completes on one port at a time (a decision), they are never both
    /// followed: Elsa visits both, sees one not followed and skips the join, and everything after it.
    /// </summary>
    private static void WaitAllBehindExclusiveBranches(DominatorTree tree, List<ValidationProblem> problems)
    {
        var joins = tree.Reachable.Where(n => n.Activity is FlowJoin { Mode: { IsConstant: true, Constant: FlowJoinMode.WaitAll } }
            && n.ForwardInbound.Count > 1).ToList();
        if (joins.Count == 0) return;
        var choices = ChoicesOnEveryPath(tree);

        foreach (var join in joins)
        {
            var conflict = Conflict(join.ForwardInbound.Select(e => ChoicesOf(e, choices)).ToList());
            if (conflict is not var (choice, port1, port2)) continue;
            var label = join.Node.Label;
            var at = tree.Reachable.First(n => n.Id == choice).Node.Label;
            problems.Add(ProblemCodes.JoinNeverCompletes.Warning(join.Id, "mode", ("activity", label), ("choice", at), ("port1", port1), ("port2", port2)));
        }
    }

    // For each activity: the ports of single-outcome activities that every path from the start to it goes through.
    private static Dictionary<string, Dictionary<string, string>> ChoicesOnEveryPath(DominatorTree tree)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            [tree.Reachable[0].Id] = new(StringComparer.Ordinal),
        };
        // Forward connections only; repeated until nothing changes (a few rounds: the reverse postorder is nearly topological).
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var node in tree.Reachable.Skip(1))
            {
                Dictionary<string, string>? meet = null;
                foreach (var edge in node.ForwardInbound)
                {
                    if (!result.ContainsKey(edge.Source.Id)) continue;
                    var along = ChoicesOf(edge, result);
                    meet = meet is null ? along : meet.Where(kv => along.TryGetValue(kv.Key, out var p) && p == kv.Value)
                        .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
                }
                if (meet is null) continue;
                if (result.TryGetValue(node.Id, out var old) && old.Count == meet.Count && old.All(kv => meet.GetValueOrDefault(kv.Key) == kv.Value)) continue;
                result[node.Id] = meet;
                changed = true;
            }
        }
        return result;
    }

    private static Dictionary<string, string> ChoicesOf(GraphEdge edge, Dictionary<string, Dictionary<string, string>> choices)
    {
        var along = new Dictionary<string, string>(choices.GetValueOrDefault(edge.Source.Id) ?? [], StringComparer.Ordinal);
        if (edge.Source.Activity is { CompletesWithOneOutcome: true } && edge.Source.Outcomes.Count > 1)
            along[edge.Source.Id] = edge.Connection.SourcePort;
        return along;
    }

    private static (string Choice, string Port1, string Port2)? Conflict(List<Dictionary<string, string>> branches)
    {
        for (var i = 0; i < branches.Count; i++)
            for (var j = i + 1; j < branches.Count; j++)
                foreach (var (choice, port) in branches[i])
                    if (branches[j].TryGetValue(choice, out var other) && other != port)
                        return string.CompareOrdinal(port, other) < 0 ? (choice, port, other) : (choice, other, port);
        return null;
    }

    /// <summary>
    /// A loop that nothing leads out of goes round for ever, in Elsa too (without a waiting step in it, it never even
    /// pauses). A way out is a connection to outside the loop, or an outcome port without a connection (the path
    /// stops there and the flowchart can finish); an End, Complete or Finish anywhere can also stop it.
    /// </summary>
    private static void LoopsWithoutExit(DominatorTree tree, List<ValidationProblem> problems)
    {
        if (tree.Reachable.Any(n => n.Descriptor is { Terminal: true })) return; // an End, Complete or Finish can stop it
        var byId = tree.Reachable.ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var head in tree.Reachable.Where(n => n.LoopMembers.Count > 0))
        {
            var leaves = head.LoopMembers.Select(m => byId[m]).Any(m =>
                m.Outbound.Any(e => !e.IsBackward && !head.LoopMembers.Contains(e.Target.Id))
                || m.Outcomes.Any(port => !m.Outbound.Any(e => e.Connection.SourcePort == port)));
            if (leaves) continue;
            var closing = head.LoopMembers.Select(m => byId[m]).SelectMany(m => m.Outbound).First(e => e.IsBackward && e.Target == head);
            var label = head.Node.Label;
            problems.Add(ProblemCodes.LoopWithoutExit.Warning(closing.Source.Id, $"connections[{closing.Connection.Index}]",
                ("connection", closing.Connection), ("activity", label)));
        }
    }
}
