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
}
