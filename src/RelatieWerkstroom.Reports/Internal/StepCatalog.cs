using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Journal;

namespace RelatieWerkstroom.Reports.Internal;

/// <summary>Step metadata per workflow version, from the definitions and the journal (bounded by the definitions, not the journal).</summary>
internal sealed class StepCatalog
{
    private const string LegalClockType = "RelatieWerkstroom.LegalClock";

    private readonly Dictionary<(string Workflow, int Version, string StepId), StepMeta> _steps = [];
    private readonly Dictionary<(string Workflow, string StepId), StepMeta> _anyVersion = [];
    private readonly Dictionary<(string Workflow, int Version, string StepId), StepMeta> _seen = [];
    private readonly HashSet<string> _releasableTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _workflowNames = new(StringComparer.Ordinal);

    public StepCatalog(IEnumerable<WorkflowDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            _workflowNames.TryAdd(definition.DefinitionId, definition.Name);
            foreach (var node in definition.Activities)
            {
                var meta = new StepMeta(node.Id, node.Name ?? node.Id, node.Type, FrictionAnnotation.Parse(node.FrictionJson));
                _steps[(definition.DefinitionId, definition.Version, node.Id)] = meta;
                _anyVersion.TryAdd((definition.DefinitionId, node.Id), meta);
                if (node.Type == LegalClockType)
                {
                    foreach (var input in new[] { "reason", "extension" })
                    {
                        if (node.Input(input) is { ExpressionType: "Literal", Text: { Length: > 0 } text }) _releasableTexts.Add(text.Trim());
                    }
                }
            }
        }
    }

    /// <summary>The step of an entry, or null for instance-level entries.</summary>
    public StepMeta? Of(JournalEntry entry)
    {
        if (entry.ActivityId is not { } stepId) return null;
        var key = (entry.DefinitionId, entry.DefinitionVersion, stepId);
        if (_seen.TryGetValue(key, out var meta)) return meta;

        // The journal's annotation wins (it is what applied at the time); the definition fills what the journal lacks.
        var defined = _steps.GetValueOrDefault(key) ?? _anyVersion.GetValueOrDefault((entry.DefinitionId, stepId));
        var friction = FrictionAnnotation.Parse(entry.FrictionJson);
        if (!friction.IsAnnotated && defined is not null) friction = defined.Friction;
        else if (friction.Alternative is null && defined?.Friction.Alternative is { } alternative) friction = friction with { Alternative = alternative };

        meta = new StepMeta(stepId, entry.ActivityName ?? defined?.StepName ?? stepId, entry.ActivityType ?? defined?.Type, friction);
        _seen[key] = meta;
        return meta;
    }

    /// <summary>Whether a free text (clock reason) is a literal from a definition and may therefore be shown.</summary>
    public bool IsReleasable(string text) => _releasableTexts.Contains(text.Trim());

    /// <summary>The display name of a workflow, when a definition was supplied.</summary>
    public string? WorkflowName(string workflow) => _workflowNames.GetValueOrDefault(workflow);
}
