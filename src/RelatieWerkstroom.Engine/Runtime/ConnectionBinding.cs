using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>
/// Binds a definition's connections to the bound activities: both ends must exist, the source port must be one of the
/// source's outcomes and the target port the inbound port; duplicates are reported once.
/// </summary>
internal static class ConnectionBinding
{
    public static void Link(WorkflowDefinition definition, Dictionary<string, GraphNode> nodes, List<ValidationProblem> problems)
    {
        var seen = new HashSet<(string, string, string, string)>();
        foreach (var c in definition.Connections)
        {
            var path = $"connections[{c.Index}]";
            var ok = true;
            // A dangling connection is reported at the activity that does exist, so a designer can show where it hangs.
            if (!nodes.TryGetValue(c.Source, out var source))
            {
                problems.Add(ProblemCodes.ConnectionSourceMissing.Error(nodes.ContainsKey(c.Target) ? c.Target : c.Source, path + ".source", ("connection", c), ("source", c.Source)));
                ok = false;
            }
            if (!nodes.TryGetValue(c.Target, out var target))
            {
                problems.Add(ProblemCodes.ConnectionTargetMissing.Error(source is not null ? c.Source : c.Target, path + ".target", ("connection", c), ("target", c.Target)));
                ok = false;
            }
            if (!ok) continue;
            if (!seen.Add((c.Source, c.SourcePort, c.Target, c.TargetPort)))
            {
                problems.Add(ProblemCodes.ConnectionDuplicate.Error(c.Source, path, ("connection", c)));
                continue;
            }
            if (source!.Descriptor is not null && !source.Outcomes.Contains(c.SourcePort, StringComparer.Ordinal))
            {
                problems.Add(source.Outcomes.Count == 0
                    ? ProblemCodes.OutcomePortsNone.Error(c.Source, path + ".source.port", ("source", c.Source), ("type", source.Node.Type), ("port", c.SourcePort))
                    : ProblemCodes.OutcomePortUnknown.Error(c.Source, path + ".source.port", ("source", c.Source), ("type", source.Node.Type), ("port", c.SourcePort),
                        ("ports", source.Outcomes)));
                continue;
            }
            if (c.TargetPort != "In")
            {
                problems.Add(ProblemCodes.InboundPortUnknown.Error(c.Target, path + ".target.port", ("port", c.TargetPort), ("target", c.Target)));
                continue;
            }
            var edge = new GraphEdge(c, source, target!);
            source.Outbound.Add(edge);
        }
    }
}
