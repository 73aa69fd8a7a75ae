using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Options;

namespace RelatieWerkstroom.Reports.Mining;

/// <summary>Builds the <see cref="ProcessMap"/> of one workflow in one streaming pass over the journal.</summary>
public sealed class ProcessMapAnalyzer
{
    /// <summary>The id of the synthetic start node.</summary>
    public const string Start = "start";

    /// <summary>The id of the synthetic end node.</summary>
    public const string End = "end";

    private readonly ReportOptions _options;
    private readonly string _workflow;

    /// <summary>A map of <paramref name="workflow"/> over the cases the options select (their workflow filter is replaced).</summary>
    public ProcessMapAnalyzer(ReportOptions options, string workflow)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(workflow);
        options.Validate();
        _options = options with { Workflows = new HashSet<string>(StringComparer.Ordinal) { workflow } };
        _workflow = workflow;
    }

    /// <summary>Reads the journal once and returns the map.</summary>
    public async Task<ProcessMap> AnalyzeAsync(IAsyncEnumerable<JournalEntry> journal, CancellationToken cancellationToken = default)
    {
        var catalog = new StepCatalog(_options.Definitions);
        var scope = new CaseScope<Dictionary<string, Trace>>(_options, _ => new Dictionary<string, Trace>(StringComparer.Ordinal));
        var nodes = new Dictionary<string, NodeStats>(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string), EdgeStats>();
        var variants = new Dictionary<string, VariantStats>(StringComparer.Ordinal);
        int instances = 0, finished = 0;
        Node(nodes, Start, "Start", Start, null);
        Node(nodes, End, "Einde", End, null);

        void Close(Trace trace)
        {
            foreach (var id in trace.Nodes) nodes[id].Instances++;
            foreach (var key in trace.Edges) edges[key].Instances++;
        }

        await foreach (var entry in journal.WithCancellation(cancellationToken))
        {
            var slot = scope.Enter(entry);
            if (slot.State is { } traces && entry.DefinitionId == _workflow)
            {
                if (!traces.TryGetValue(entry.InstanceId, out var trace))
                {
                    traces[entry.InstanceId] = trace = new Trace(entry.Timestamp);
                    instances++;
                }

                var step = catalog.Of(entry);
                switch (entry.Kind)
                {
                    case JournalEvents.ActivityStarted when step is { IsSignificant: true }:
                    {
                        var node = Node(nodes, step.StepId, step.StepName, "step", step.Friction.Origin);
                        node.Executions++;
                        trace.Nodes.Add(step.StepId);
                        trace.Running[step.StepId] = entry.Timestamp;
                        var edge = Edge(edges, trace.Last, step.StepId);
                        edge.Count++;
                        edge.Minutes.Add(Minutes(trace.LastAt, entry.Timestamp));
                        trace.Edges.Add((trace.Last, step.StepId));
                        trace.Last = step.StepId;
                        break;
                    }
                    case JournalEvents.ActivityCompleted when step is { IsSignificant: true }:
                    {
                        if (trace.Running.Remove(step.StepId, out var started)) Node(nodes, step.StepId, step.StepName, "step", step.Friction.Origin).Minutes.Add(Minutes(started, entry.Timestamp));
                        trace.Sequence.Add(step.StepName);
                        trace.LastAt = entry.Timestamp;
                        break;
                    }
                    case JournalEvents.InstanceFinished:
                    {
                        var edge = Edge(edges, trace.Last, End);
                        edge.Count++;
                        edge.Minutes.Add(Minutes(trace.LastAt, entry.Timestamp));
                        trace.Edges.Add((trace.Last, End));
                        trace.Nodes.Add(End);
                        finished++;
                        var key = string.Join("\u001f", trace.Sequence);
                        if (!variants.TryGetValue(key, out var variant)) variants[key] = variant = new VariantStats(trace.Sequence);
                        variant.Count++;
                        variant.Days.Add((int)Math.Round((entry.Timestamp - trace.StartedAt).TotalDays));
                        Close(trace);
                        traces.Remove(entry.InstanceId);
                        break;
                    }
                    case JournalEvents.InstanceCancelled:
                        Close(trace);
                        traces.Remove(entry.InstanceId);
                        break;
                }
            }

            scope.Leave(entry, slot);
        }

        foreach (var slot in scope.DrainOpen())
        {
            foreach (var trace in slot.State?.Values ?? Enumerable.Empty<Trace>()) Close(trace);
        }

        var threshold = _options.SmallGroupThreshold;
        var suppressed = instances < threshold;
        bool Small(int n) => suppressed || n < threshold;
        nodes[Start].Executions = instances;
        nodes[End].Executions = finished;

        var nodeRows = nodes.Values
            .OrderBy(n => n.Kind == Start ? 0 : n.Kind == End ? 2 : 1)
            .ThenByDescending(n => n.Instances)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => new ProcessMapNode(n.Id, n.Name, n.Kind, n.Origin, n.Instances, Small(n.Instances),
                Small(n.Instances) ? null : n.Executions, Small(n.Instances) ? null : Hours(n.Minutes)))
            .ToList();
        var edgeRows = edges.Values
            .OrderByDescending(e => e.Count)
            .ThenBy(e => e.From, StringComparer.Ordinal)
            .ThenBy(e => e.To, StringComparer.Ordinal)
            .Select(e => new ProcessMapEdge(e.From, e.To, e.Instances, Small(e.Instances), Small(e.Instances) ? null : e.Count,
                Small(e.Instances) ? null : Hours(e.Minutes)))
            .ToList();
        var rank = 0;
        var variantRows = variants.Values
            .OrderByDescending(v => v.Count)
            .ThenBy(v => string.Join(" ", v.Steps), StringComparer.Ordinal)
            .Take(_options.TopVariants)
            .Select(v => Small(v.Count)
                ? new ProcessVariant(++rank, [], true, null, null, null)
                : new ProcessVariant(++rank, v.Steps, false, v.Count, Math.Round((double)v.Count / finished, 4), v.Days.Quantile(0.5)))
            .ToList();
        return new ProcessMap(_workflow, catalog.WorkflowName(_workflow), instances, finished, suppressed, threshold, nodeRows, edgeRows, variantRows);
    }

    private static int Minutes(DateTimeOffset from, DateTimeOffset to) => (int)Math.Max(0, Math.Round((to - from).TotalMinutes));

    private static double? Hours(Histogram minutes) => minutes.Quantile(0.5) is { } median ? Math.Round(median / 60.0, 1) : null;

    private static NodeStats Node(Dictionary<string, NodeStats> nodes, string id, string name, string kind, string? origin)
    {
        if (!nodes.TryGetValue(id, out var node)) nodes[id] = node = new NodeStats(id, name, kind, origin);
        return node;
    }

    private static EdgeStats Edge(Dictionary<(string, string), EdgeStats> edges, string from, string to)
    {
        if (!edges.TryGetValue((from, to), out var edge)) edges[(from, to)] = edge = new EdgeStats(from, to);
        return edge;
    }

    private sealed class Trace(DateTimeOffset startedAt)
    {
        public DateTimeOffset StartedAt { get; } = startedAt;
        public string Last { get; set; } = Start;
        public DateTimeOffset LastAt { get; set; } = startedAt;
        public Dictionary<string, DateTimeOffset> Running { get; } = new(StringComparer.Ordinal);
        public List<string> Sequence { get; } = [];
        public HashSet<string> Nodes { get; } = new(StringComparer.Ordinal) { Start };
        public HashSet<(string, string)> Edges { get; } = [];
    }

    private sealed class NodeStats(string id, string name, string kind, string? origin)
    {
        public string Id { get; } = id;
        public string Name { get; } = name;
        public string Kind { get; } = kind;
        public string? Origin { get; } = origin;
        public int Instances { get; set; }
        public int Executions { get; set; }
        public Histogram Minutes { get; } = new();
    }

    private sealed class EdgeStats(string from, string to)
    {
        public string From { get; } = from;
        public string To { get; } = to;
        public int Instances { get; set; }
        public int Count { get; set; }
        public Histogram Minutes { get; } = new();
    }

    private sealed class VariantStats(List<string> steps)
    {
        public IReadOnlyList<string> Steps { get; } = [.. steps];
        public int Count { get; set; }
        public Histogram Days { get; } = new();
    }
}
