using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>Binds a definition's activities and classifies its connections; collects every problem on the way.</summary>
public static class GraphCompiler
{
    /// <summary>Compiles a definition. Check <see cref="WorkflowGraph.Problems"/> before running the result.</summary>
    public static WorkflowGraph Compile(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var problems = new List<ValidationProblem>();
        var compiler = new ExpressionCompiler(definition.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal),
            definition.Variables.Where(v => v.Id != v.Name).GroupBy(v => v.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal));
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);

        CheckVariables(definition, problems);
        foreach (var activityNode in definition.Activities)
        {
            if (nodes.ContainsKey(activityNode.Id))
            {
                problems.Add(new(activityNode.Id, "id", $"duplicate activity id '{activityNode.Id}'"));
                continue;
            }
            nodes[activityNode.Id] = BindNode(definition, activityNode, registry, compiler, problems);
        }

        LinkConnections(definition, nodes, problems);
        var start = FindStart(definition, nodes, problems);
        if (start is not null) ClassifyConnections(start, nodes, problems);
        return new WorkflowGraph(definition, nodes, start, problems);
    }

    private static void CheckVariables(WorkflowDefinition definition, List<ValidationProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Variables.Count; i++)
        {
            var v = definition.Variables[i];
            if (!seen.Add(v.Name)) problems.Add(new(null, $"variables[{i}].name", $"duplicate variable name '{v.Name}'"));
            if (v.InitialValue is not null && ValueConverter.VariableStorageType(v.TypeName) is { } type)
            {
                try
                {
                    ValueConverter.Convert(v.InitialValue, type);
                }
                catch (FormatException ex)
                {
                    problems.Add(new(null, $"variables[{i}].value", $"initial value of variable '{v.Name}' ({v.TypeName}): {ex.Message}"));
                }
            }
        }
    }

    private static GraphNode BindNode(WorkflowDefinition definition, ActivityNode node, ActivityRegistry registry, ExpressionCompiler compiler, List<ValidationProblem> problems)
    {
        if (!registry.TryGet(node.Type, out var type, out var descriptor))
        {
            problems.Add(new(node.Id, "type", $"unknown activity type '{node.Type}'"));
            return new GraphNode(node, null, null, []);
        }

        var activity = (Activity)Activator.CreateInstance(type)!;
        activity.Node = node;
        void Report(string path, string message) => problems.Add(new(node.Id, path, message));

        foreach (var property in ActivityDescriber.InputProperties(type))
        {
            var name = ActivityDescriber.InputName(property);
            var input = descriptor.Inputs.First(i => i.Name == name);
            var valueType = ActivityDescriber.InputValueType(property.PropertyType);
            var raw = node.Input(name);
            IExpression? expression = null;
            if (raw is not null)
            {
                try
                {
                    expression = compiler.Compile(raw, valueType);
                    if (!input.SupportsExpressions && expression is not LiteralExpression and not ObjectExpression)
                    {
                        Report(name, $"input '{name}' must be a fixed value, not a {expression.Type} expression");
                        expression = null;
                    }
                }
                catch (ExpressionException ex)
                {
                    Report(name, ex.Message);
                }
            }
            else if (input.Required)
            {
                Report(name, $"required input '{name}' is missing");
            }

            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(Input<>))
            {
                var defaultValue = DefaultOf(input.DefaultValue, valueType);
                property.SetValue(activity, Activator.CreateInstance(property.PropertyType, expression, defaultValue));
            }
        }

        activity.Bind(new ActivityBinder(definition, node, compiler, Report));
        IReadOnlyList<string> outcomes = activity is IDynamicOutcomes dynamic ? dynamic.GetOutcomes() : descriptor.Outcomes;
        return new GraphNode(node, activity, descriptor, outcomes);
    }

    private static object? DefaultOf(object? value, Type type)
    {
        if (value is not null) return ValueConverter.Convert(value, type);
        if (type == typeof(string)) return null;
        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    private static void LinkConnections(WorkflowDefinition definition, Dictionary<string, GraphNode> nodes, List<ValidationProblem> problems)
    {
        var seen = new HashSet<(string, string, string, string)>();
        foreach (var c in definition.Connections)
        {
            var path = $"connections[{c.Index}]";
            var ok = true;
            // A dangling connection is reported at the activity that does exist, so a designer can show where it hangs.
            if (!nodes.TryGetValue(c.Source, out var source))
            {
                problems.Add(new(nodes.ContainsKey(c.Target) ? c.Target : c.Source, path + ".source", $"connection {c} starts at activity '{c.Source}', which does not exist"));
                ok = false;
            }
            if (!nodes.TryGetValue(c.Target, out var target))
            {
                problems.Add(new(source is not null ? c.Source : c.Target, path + ".target", $"connection {c} ends at activity '{c.Target}', which does not exist"));
                ok = false;
            }
            if (!ok) continue;
            if (!seen.Add((c.Source, c.SourcePort, c.Target, c.TargetPort)))
            {
                problems.Add(new(c.Source, path, $"duplicate connection {c}"));
                continue;
            }
            if (source!.Descriptor is not null && !source.Outcomes.Contains(c.SourcePort, StringComparer.Ordinal))
            {
                var known = source.Outcomes.Count == 0 ? "it has no outcome ports" : "its ports are " + string.Join(", ", source.Outcomes);
                problems.Add(new(c.Source, path + ".source.port", $"activity '{c.Source}' ({source.Node.Type}) has no outcome port '{c.SourcePort}'; {known}"));
                continue;
            }
            if (c.TargetPort != "In")
            {
                problems.Add(new(c.Target, path + ".target.port", $"unknown inbound port '{c.TargetPort}' on activity '{c.Target}'; the inbound port is 'In'"));
                continue;
            }
            var edge = new GraphEdge(c, source, target!);
            source.Outbound.Add(edge);
        }
    }

    private static GraphNode? FindStart(WorkflowDefinition definition, Dictionary<string, GraphNode> nodes, List<ValidationProblem> problems)
    {
        if (definition.Activities.Count == 0) return null;
        if (definition.StartActivityId is { Length: > 0 } explicitStart)
        {
            if (nodes.TryGetValue(explicitStart, out var s)) return s;
            problems.Add(new(null, "root.start", $"start activity '{explicitStart}' does not exist"));
            return null;
        }
        var ordered = definition.Activities.Select(a => nodes[a.Id]).Distinct().ToList();
        var hasInbound = ordered.SelectMany(n => n.Outbound).Select(e => e.Target.Id).ToHashSet(StringComparer.Ordinal);
        return ordered.FirstOrDefault(n => n.Node.Type == "Elsa.Start")
            ?? ordered.FirstOrDefault(n => n.Node.CanStartWorkflow)
            ?? ordered.FirstOrDefault(n => !hasInbound.Contains(n.Id))
            ?? ordered[0];
    }

    private static void ClassifyConnections(GraphNode start, Dictionary<string, GraphNode> nodes, List<ValidationProblem> problems)
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

        foreach (var node in nodes.Values)
            if (!visited.Contains(node.Id))
                problems.Add(new(node.Id, $"activities[{node.Node.Index}]", $"activity '{node.Node.Label}' cannot be reached from the start activity '{start.Id}'"));

        var rpo = Enumerable.Reverse(postOrder).ToList();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rpo.Count; i++) order[rpo[i].Id] = i;
        var predecessors = rpo.ToDictionary(n => n.Id, _ => new List<GraphNode>(), StringComparer.Ordinal);
        foreach (var n in rpo)
            foreach (var e in n.Outbound)
                predecessors[e.Target.Id].Add(n);

        // Cooper–Harvey–Kennedy iterative dominators.
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

        bool Dominates(GraphNode a, GraphNode b)
        {
            var x = b;
            while (true)
            {
                if (x == a) return true;
                if (!idom.TryGetValue(x.Id, out var up) || up == x) return false;
                x = up;
            }
        }

        var backEdges = new List<GraphEdge>();
        foreach (var n in rpo)
            foreach (var e in n.Outbound)
                if (e.IsBackward = Dominates(e.Target, n)) backEdges.Add(e);

        // Any cycle left among forward connections is a loop entered other than through its head.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in rpo) FindIrreducible(n, state, problems);

        foreach (var n in rpo)
            foreach (var e in n.Outbound.Where(e => !e.IsBackward))
            {
                e.InboundIndex = e.Target.ForwardInbound.Count;
                e.Target.ForwardInbound.Add(e);
            }

        MarkLoops(rpo, backEdges, predecessors);

        foreach (var join in rpo.Where(n => n.Node.Type == "Elsa.FlowJoin"))
            foreach (var ancestor in ForwardAncestors(join))
                join.Ancestors.Add(ancestor.Id);
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
                        problems.Add(new(n.Id, $"connections[{e.Connection.Index}]",
                            $"connection {e.Connection} closes a loop, but '{e.Target.Id}' does not lie on every path from the start to '{n.Id}'; a loop must be entered through its first activity"));
                        e.IsBackward = true; // keep the graph acyclic so compilation can go on
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
