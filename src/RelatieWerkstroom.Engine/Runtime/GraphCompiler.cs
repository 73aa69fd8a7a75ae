using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>
/// Compiles a definition into a runnable graph, collecting every problem on the way: binding (activities, then
/// connections and their ports), then the analysis of the connected graph (reachability, loops, joins).
/// </summary>
public static class GraphCompiler
{
    /// <summary>Compiles a definition. Check <see cref="WorkflowGraph.Problems"/> before running the result.</summary>
    public static WorkflowGraph Compile(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var problems = new List<ValidationProblem>();
        var compiler = new ExpressionCompiler(definition.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal),
            definition.Variables.Where(v => v.Id != v.Name).GroupBy(v => v.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal));
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);

        VariableDeclarations.Check(definition, problems);
        if (!definition.RootIsFlowchart && definition.Activities is [var only])
            problems.Add(ProblemCodes.RootNotAFlowchart.Warning(only.Id, "root.type", ("activity", only.Label), ("type", only.Type)));
        foreach (var activityNode in definition.Activities)
        {
            if (nodes.ContainsKey(activityNode.Id))
            {
                problems.Add(ProblemCodes.ActivityIdDuplicate.Error(activityNode.Id, "id", ("activity", activityNode.Id)));
                continue;
            }
            nodes[activityNode.Id] = ActivityBinding.Bind(definition, activityNode, registry, compiler, problems);
            WarnIfMergeModeSet(activityNode, problems);
        }

        ConnectionBinding.Link(definition, nodes, problems);
        var start = StartActivity.Find(definition, nodes, problems);
        if (start is not null)
        {
            var tree = DominatorTree.Build(start);
            ReportUnreachable(start, nodes, tree, problems);
            LoopAnalysis.Classify(tree, problems);
            JoinBookkeeping.Record(tree.Reachable);
            IntentChecks.Check(tree, problems);
        }
        return new WorkflowGraph(definition, nodes, start, problems);
    }

    // Elsa Studio 3.8 offers mergeMode on every activity, but only Elsa's token-based flowchart reads it; its default
    // counter-based one (what this engine runs) ignores it: measured with elsa-oracle, tests/fixtures/elsa3-oracle/merge-mode.json.
    private static void WarnIfMergeModeSet(ActivityNode node, List<ValidationProblem> problems)
    {
        if (node.CustomProperties.GetString("mergeMode") is not { Length: > 0 } mode || mode.Equals("None", StringComparison.OrdinalIgnoreCase)) return;
        problems.Add(ProblemCodes.MergeModeIgnored.Warning(node.Id, "customProperties.mergeMode", ("activity", node.Label), ("mode", mode)));
    }

    private static void ReportUnreachable(GraphNode start, Dictionary<string, GraphNode> nodes, DominatorTree tree, List<ValidationProblem> problems)
    {
        foreach (var node in nodes.Values)
            if (!tree.IsReachable(node))
                // Elsa never schedules a stray activity and runs the rest: a warning.
                problems.Add(ProblemCodes.ActivityUnreachable.Warning(node.Id, $"activities[{node.Node.Index}]", ("activity", node.Node.Label), ("start", start.Id)));
    }
}
