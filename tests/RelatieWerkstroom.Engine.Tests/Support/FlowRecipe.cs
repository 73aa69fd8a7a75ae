using System.Text;
using FsCheck;
using FsCheck.Fluent;
using RelatieWerkstroom.Engine.Definitions;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Support;

/// <summary>Kinds of activity a random flowchart is made of.</summary>
public enum RecipeKind
{
    WriteLine,
    DecisionLiteral,
    DecisionScript,
    Fork,
    JoinAll,
    JoinAny,
    Node,
    Delay,
    Event,
    SetVariable,
    End,
}

/// <summary>One activity of a recipe; each inbound pick chooses an earlier activity and one of its ports.</summary>
public sealed record RecipeNode(RecipeKind Kind, int Param, int[] Inbound);

/// <summary>A counter-guarded loop: after a chosen activity, a decision goes back to one of its dominators.</summary>
public sealed record RecipeLoop(int NodePick, int HeadPick, int Rounds);

/// <summary>
/// A random but valid flowchart: activity 0 is Elsa.Start, every other activity has inbound connections from earlier
/// ones only (a DAG), and loops go back to a dominator, so every recipe is reducible.
/// </summary>
public sealed record FlowRecipe(RecipeNode[] Nodes, RecipeLoop[] Loops, int FireSeed)
{
    /// <summary>Kinds whose only port is Done (a loop may follow them).</summary>
    private static readonly RecipeKind[] SinglePort =
        [RecipeKind.WriteLine, RecipeKind.JoinAll, RecipeKind.JoinAny, RecipeKind.Node, RecipeKind.Delay, RecipeKind.Event, RecipeKind.SetVariable];

    /// <summary>No loops, no WaitAny, no End, literal decisions only: which activities run does not depend on timing.</summary>
    public bool IsDeterministic => Loops.Length == 0 && Nodes.All(n => n.Kind is not (RecipeKind.JoinAny or RecipeKind.End or RecipeKind.DecisionScript));

    /// <summary>Generates recipes of up to <paramref name="maxNodes"/> activities.</summary>
    public static Gen<FlowRecipe> Generator(bool deterministic, int maxNodes = 10)
    {
        var kinds = deterministic
            ? Gen.Frequency((4, Gen.Constant(RecipeKind.WriteLine)), (3, Gen.Constant(RecipeKind.DecisionLiteral)), (2, Gen.Constant(RecipeKind.Fork)),
                (2, Gen.Constant(RecipeKind.JoinAll)), (2, Gen.Constant(RecipeKind.Node)), (1, Gen.Constant(RecipeKind.Delay)),
                (1, Gen.Constant(RecipeKind.Event)), (1, Gen.Constant(RecipeKind.SetVariable)))
            : Gen.Frequency((3, Gen.Constant(RecipeKind.WriteLine)), (2, Gen.Constant(RecipeKind.DecisionLiteral)), (2, Gen.Constant(RecipeKind.DecisionScript)),
                (2, Gen.Constant(RecipeKind.Fork)), (2, Gen.Constant(RecipeKind.JoinAll)), (2, Gen.Constant(RecipeKind.JoinAny)), (2, Gen.Constant(RecipeKind.Node)),
                (1, Gen.Constant(RecipeKind.Delay)), (1, Gen.Constant(RecipeKind.Event)), (2, Gen.Constant(RecipeKind.SetVariable)), (1, Gen.Constant(RecipeKind.End)));
        var inbound = Gen.Choose(1, 3).SelectMany(count => Gen.ArrayOf(Gen.Choose(0, 10_000), count));
        var node = kinds.SelectMany(kind => Gen.Choose(0, 99), (kind, param) => (kind, param))
            .SelectMany(_ => inbound, (kp, picks) => new RecipeNode(kp.kind, kp.param, picks));
        var loop = Gen.Choose(0, 10_000).SelectMany(_ => Gen.Choose(0, 10_000), (n, h) => (n, h))
            .SelectMany(_ => Gen.Choose(1, 3), (nh, rounds) => new RecipeLoop(nh.n, nh.h, rounds));
        var loops = deterministic ? Gen.Constant(Array.Empty<RecipeLoop>()) : Gen.Choose(0, 3).SelectMany(count => Gen.ArrayOf(loop, count));
        return Gen.Choose(1, maxNodes)
            .SelectMany(count => Gen.ArrayOf(node, count))
            .SelectMany(_ => loops, (nodes, ls) => (nodes, ls))
            .SelectMany(_ => Gen.Choose(0, 10_000), (x, seed) => new FlowRecipe(x.nodes, x.ls, seed));
    }

    /// <summary>Smaller recipes to try when one fails: fewer loops, then fewer activities (a prefix stays valid).</summary>
    public static IEnumerable<FlowRecipe> Shrink(FlowRecipe recipe)
    {
        for (var i = 0; i < recipe.Loops.Length; i++)
            yield return recipe with { Loops = [.. recipe.Loops.Where((_, j) => j != i)] };
        for (var count = recipe.Nodes.Length - 1; count >= 1; count--)
            yield return recipe with { Nodes = recipe.Nodes[..count] };
    }

    /// <summary>The flowchart this recipe describes.</summary>
    public Built Build()
    {
        var activities = new List<(string Id, RecipeKind? Kind, int Param)> { ("start", null, 0) };
        var edges = new List<(int Source, string Port, int Target)>();
        for (var i = 0; i < Nodes.Length; i++)
        {
            var index = i + 1;
            var node = Nodes[i];
            activities.Add(($"n{index}", node.Kind, node.Param));
            var sources = Enumerable.Range(0, index).Where(s => activities[s].Kind is not RecipeKind.End).ToArray();
            foreach (var pick in node.Inbound)
            {
                var source = sources[pick % sources.Length];
                var ports = PortsOf(activities[source].Kind, activities[source].Param);
                var port = ports[pick / sources.Length % ports.Length];
                if (!edges.Contains((source, port, index))) edges.Add((source, port, index));
            }
        }

        var loopCount = 0;
        foreach (var loop in Loops)
        {
            var eligible = Enumerable.Range(1, Nodes.Length).Where(i => activities[i].Kind is { } k && SinglePort.Contains(k)).ToArray();
            if (eligible.Length == 0) break;
            var n = eligible[loop.NodePick % eligible.Length];
            var dominators = Enumerable.Range(0, activities.Count).Where(h => Dominates(h, n, activities.Count, edges)).ToArray();
            var head = dominators[loop.HeadPick % dominators.Length];
            var counter = activities.Count;
            activities.Add(($"inc{loopCount}", null, loopCount));
            var guard = activities.Count;
            activities.Add(($"guard{loopCount}", null, loop.Rounds));
            // The guard takes over n's outbound connections on its False port; True goes back to the head.
            for (var e = 0; e < edges.Count; e++)
                if (edges[e].Source == n) edges[e] = (guard, "False", edges[e].Target);
            edges.Add((n, "Done", counter));
            edges.Add((counter, "Done", guard));
            edges.Add((guard, "True", head));
            loopCount++;
        }

        var builder = new FlowBuilder("random").Variable("V", "Int32", "0");
        for (var l = 0; l < loopCount; l++) builder.Variable($"L{l}", "Int32", "0");
        foreach (var (id, kind, param) in activities)
        {
            switch (kind)
            {
                case null when id == "start": builder.Activity(id, "Elsa.Start"); break;
                case null when id.StartsWith("inc", StringComparison.Ordinal): builder.RunJavaScript(id, $"setL{param}(getL{param}() + 1)"); break;
                case null: builder.Decision(id, $"getL{id["guard".Length..]}() < {param}"); break;
                case RecipeKind.WriteLine: builder.WriteLine(id, id); break;
                case RecipeKind.DecisionLiteral: builder.Decision(id, Literal(param % 2 == 0 ? "true" : "false", "Boolean")); break;
                case RecipeKind.DecisionScript: builder.Decision(id, (param % 4) switch { 0 => "getV() % 2 == 0", 1 => "getV() < 2", 2 => "variables.V > 0", _ => "true" }); break;
                case RecipeKind.Fork: builder.Fork(id, PortsOf(kind, param)); break;
                case RecipeKind.JoinAll: builder.Join(id, "WaitAll"); break;
                case RecipeKind.JoinAny: builder.Join(id, "WaitAny"); break;
                case RecipeKind.Node: builder.Node(id); break;
                case RecipeKind.Delay: builder.Delay(id, $"00:0{param % 5 + 1}:00"); break;
                case RecipeKind.Event: builder.Event(id, $"E{param % 3}"); break;
                case RecipeKind.SetVariable when param % 2 == 0: builder.SetVariable(id, "V", Js("getV() + 1"), "Int32"); break;
                case RecipeKind.SetVariable: builder.RunJavaScript(id, "variables.V = variables.V + 1"); break;
                case RecipeKind.End: builder.Activity(id, "Elsa.End"); break;
            }
        }
        foreach (var (source, port, target) in edges) builder.Connect(activities[source].Id, activities[target].Id, port);
        return new Built(builder.Build(), activities.Select(a => a.Id).ToArray(), edges, activities.Select(a => (a.Kind, a.Param)).ToArray());
    }

    /// <summary>
    /// Which activities run, worked out independently of the engine for deterministic recipes (a DAG): an activity
    /// runs when one inbound connection is followed (all of them for WaitAll), and follows the ports its kind picks.
    /// </summary>
    public ISet<string> ExpectedToRun()
    {
        if (!IsDeterministic) throw new InvalidOperationException("only deterministic recipes have a fixed outcome");
        var built = Build();
        var alive = new bool[built.Ids.Length];
        alive[0] = true;
        for (var i = 1; i < built.Ids.Length; i++)
        {
            var inbound = built.Edges.Where(e => e.Target == i).ToList();
            var followed = inbound.Select(e => alive[e.Source] && OutcomesOf(built.Kinds[e.Source].Kind, built.Kinds[e.Source].Param).Contains(e.Port)).ToList();
            alive[i] = built.Kinds[i].Kind == RecipeKind.JoinAll ? followed.All(f => f) : followed.Any(f => f);
        }
        return built.Ids.Where((_, i) => alive[i]).ToHashSet();
    }

    private static string[] PortsOf(RecipeKind? kind, int param) => kind switch
    {
        RecipeKind.DecisionLiteral or RecipeKind.DecisionScript => ["True", "False"],
        RecipeKind.Fork => param % 2 == 0 ? ["B1", "B2"] : ["B1", "B2", "B3"],
        _ => ["Done"],
    };

    private static string[] OutcomesOf(RecipeKind? kind, int param) => kind switch
    {
        RecipeKind.DecisionLiteral => [param % 2 == 0 ? "True" : "False"],
        RecipeKind.Fork => PortsOf(kind, param),
        _ => ["Done"],
    };

    /// <summary>Whether every path from the start to <paramref name="node"/> passes <paramref name="candidate"/>.</summary>
    private static bool Dominates(int candidate, int node, int count, List<(int Source, string Port, int Target)> edges)
    {
        if (candidate == node || candidate == 0) return true;
        var seen = new bool[count];
        var stack = new Stack<int>([0]);
        seen[0] = true;
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current == node) return false;
            foreach (var e in edges)
                if (e.Source == current && e.Target != candidate && !seen[e.Target])
                {
                    seen[e.Target] = true;
                    stack.Push(e.Target);
                }
        }
        return true;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var built = Build();
        var text = new StringBuilder($"FireSeed={FireSeed}; ");
        text.Append(string.Join(" ", built.Ids.Select((id, i) => $"{id}:{built.Kinds[i].Kind?.ToString() ?? (id.StartsWith("guard", StringComparison.Ordinal) ? "Guard" : id == "start" ? "Start" : "Inc")}({built.Kinds[i].Param})")));
        text.Append("; ");
        text.Append(string.Join(" ", built.Edges.Select(e => $"{built.Ids[e.Source]}.{e.Port}->{built.Ids[e.Target]}")));
        return text.ToString();
    }

    /// <summary>A built recipe: the definition, activity ids by index, connections by index, kinds by index.</summary>
    public sealed record Built(WorkflowDefinition Definition, string[] Ids, List<(int Source, string Port, int Target)> Edges, (RecipeKind? Kind, int Param)[] Kinds);
}

/// <summary>FsCheck arbitraries for random flowcharts.</summary>
public static class FlowRecipeArbitraries
{
    /// <summary>Any valid recipe, with loops, WaitAny joins, End and script decisions.</summary>
    public static Arbitrary<FlowRecipe> Recipes() => Arb.From(FlowRecipe.Generator(deterministic: false), FlowRecipe.Shrink);
}

/// <summary>FsCheck arbitraries for recipes whose outcome does not depend on timing.</summary>
public static class DeterministicFlowRecipeArbitraries
{
    /// <summary>Deterministic recipes (no loops, no WaitAny, no End, literal decisions).</summary>
    public static Arbitrary<FlowRecipe> Recipes() => Arb.From(FlowRecipe.Generator(deterministic: true), FlowRecipe.Shrink);
}
