using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>
/// Greedy cover of every option of every discretion point of some definitions. Each next plan chooses, per discretion
/// id, the option that opens the most options not chosen yet: its own (when new) plus those of the discretion points
/// reachable from its port (through the flowchart's connections and into sub-flows, ignoring conditions). Runs report
/// back what was actually decided, so the next plan aims at what is still missing.
/// </summary>
public sealed class DiscretionCover
{
    private readonly Dictionary<string, IReadOnlyList<string>> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _definitionDefaults = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Id, string Option), HashSet<string>> _reach = [];
    private readonly HashSet<(string Id, string Option)> _covered = [];
    private readonly IMunicipalitySettings _settings;

    public DiscretionCover(IEnumerable<WorkflowDefinition> universe, IReadOnlyDictionary<string, WorkflowDefinition> all, IMunicipalitySettings settings)
    {
        _settings = settings;
        foreach (var definition in universe)
            foreach (var node in definition.Activities.Where(IsDiscretionPoint))
            {
                var id = DiscretionId(node);
                var options = Options(node);
                if (_options.TryGetValue(id, out var known) && !known.SequenceEqual(options))
                    throw new InvalidOperationException($"{id} has different options in {definition.DefinitionId}/{node.Id}");
                _options[id] = options;
                _definitionDefaults[id] = node.Input("defaultOption")?.Text ?? options[0];
            }
        foreach (var definition in all.Values)
            foreach (var node in definition.Activities.Where(IsDiscretionPoint))
                foreach (var option in Options(node))
                {
                    // A discretion id used at several places (RW2-DP4 in every route) reaches what any of them reaches.
                    var key = (DiscretionId(node), option);
                    if (!_reach.TryGetValue(key, out var reach)) _reach[key] = reach = new HashSet<string>(StringComparer.Ordinal);
                    reach.UnionWith(Reachable(definition, all, node.Id, option));
                }
    }

    /// <summary>Options not chosen in any run yet, as <c>RW1-DP2=ja</c>.</summary>
    public IReadOnlyList<string> Uncovered =>
        [.. _options.SelectMany(p => p.Value.Where(o => !_covered.Contains((p.Key, o))).Select(o => $"{p.Key}={o}"))];

    /// <summary>How many options there are in all.</summary>
    public int Total => _options.Values.Sum(o => o.Count);

    public bool IsComplete => Uncovered.Count == 0;

    /// <summary>The default a caseworker sees: the municipality's for this discretion id, else the definition's.</summary>
    public string EffectiveDefault(string discretionId) =>
        _settings.DefaultOptionFor(discretionId) ?? _definitionDefaults[discretionId];

    /// <summary>Whether any option of these discretion ids is still uncovered.</summary>
    public bool AnyUncovered(params string[] discretionIds) =>
        discretionIds.Any(id => _options[id].Any(o => !_covered.Contains((id, o))));

    /// <summary>The next plan: per discretion id the option that opens the most uncovered options.</summary>
    public Dictionary<string, string> NextChoices()
    {
        var choices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, options) in _options)
        {
            var fallback = EffectiveDefault(id);
            choices[id] = options
                .OrderByDescending(o => Score(id, o))
                .ThenByDescending(o => !_covered.Contains((id, o)))
                .ThenByDescending(o => o == fallback)
                .First();
        }
        return choices;
    }

    /// <summary>Marks options as chosen; returns how many were new.</summary>
    public int Record(IEnumerable<(string DiscretionId, string Option)> decisions)
    {
        var added = 0;
        foreach (var d in decisions)
            if (_options.ContainsKey(d.DiscretionId) && _covered.Add(d)) added++;
        return added;
    }

    private int Score(string id, string option)
    {
        var own = _covered.Contains((id, option)) ? 0 : 1;
        var reachable = _reach.GetValueOrDefault((id, option)) ?? [];
        return own + reachable.Where(p => p != id && _options.ContainsKey(p)).Sum(p => _options[p].Count(o => !_covered.Contains((p, o))));
    }

    private static HashSet<string> Reachable(WorkflowDefinition definition, IReadOnlyDictionary<string, WorkflowDefinition> all, string activityId, string port)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var queue = new Queue<(WorkflowDefinition, string)>(
            definition.Connections.Where(c => c.Source == activityId && c.SourcePort == port).Select(c => (definition, c.Target)));
        while (queue.Count > 0)
        {
            var (def, id) = queue.Dequeue();
            if (!seen.Add((def.DefinitionId, id))) continue;
            var node = def.ActivitiesById[id];
            if (IsDiscretionPoint(node)) found.Add(DiscretionId(node));
            if (node.Type == "Elsa.ExecuteWorkflow" && node.Input("workflowDefinitionId")?.Text is { } child && all.TryGetValue(child, out var sub))
                foreach (var start in sub.Activities.Where(a => a.Type == "Elsa.Start")) queue.Enqueue((sub, start.Id));
            foreach (var c in def.Connections.Where(c => c.Source == id)) queue.Enqueue((def, c.Target));
        }
        return found;
    }

    private static bool IsDiscretionPoint(ActivityNode node) => node.Type == "RelatieWerkstroom.DiscretionPoint";

    private static string DiscretionId(ActivityNode node) => node.Input("discretionId")?.Text is { Length: > 0 } id ? id : node.Id;

    private static IReadOnlyList<string> Options(ActivityNode node)
    {
        var text = node.Input("options")?.Text ?? "[]";
        return [.. JsonNode.Parse(text)!.AsArray().Select(o => (string)o!["id"]!)];
    }
}
