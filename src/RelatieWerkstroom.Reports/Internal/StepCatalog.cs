using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Journal;

namespace RelatieWerkstroom.Reports.Internal;

/// <summary>Step metadata per workflow version, from the definitions and the journal (bounded by the definitions, not the journal).</summary>
internal sealed class StepCatalog
{
    private const string LegalClockType = "RelatieWerkstroom.LegalClock";
    private const string DiscretionPointType = "RelatieWerkstroom.DiscretionPoint";

    private readonly Dictionary<(string Workflow, int Version, string StepId), StepMeta> _steps = [];
    private readonly Dictionary<(string Workflow, string StepId), StepMeta> _anyVersion = [];
    private readonly Dictionary<(string Workflow, int Version, string StepId), StepMeta> _seen = [];
    private readonly HashSet<string> _releasableTexts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _workflowNames = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _discretionPointNames = new(StringComparer.Ordinal);

    /// <summary>What a role that is not known from the definitions is shown as; a typed-in role could be a name.</summary>
    public const string OtherRole = "(overige rol)";

    // The roles of the domain activity contract; definitions add their own.
    private readonly HashSet<string> _roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "consulent", "jeugdconsulent", "teamleider", "jurist", "inkoper", "backoffice", "klantcontact", "contractmanager",
        "beoordelingscommissie", "system",
    };

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
                if (meta.Friction.Actor is { } actor) _roles.Add(actor);
                if (node.Input("role") is { ExpressionType: "Literal", Text: { Length: > 0 } role }) _roles.Add(role.Trim());
                if (node.Input("roles") is { Value: { } roles })
                {
                    foreach (var r in RoleList(roles)) _roles.Add(r);
                }
                if (node.Type == DiscretionPointType && node.Input("discretionId") is { ExpressionType: "Literal", Text: { Length: > 0 } discretionId })
                {
                    var question = node.Input("question") is { ExpressionType: "Literal", Text: { Length: > 0 } q } ? q.Trim() : node.Name;
                    _discretionPointNames.TryAdd(discretionId.Trim(), question ?? discretionId.Trim());
                }

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

    /// <summary>The role as it may be shown: a known role, <see cref="OtherRole"/>, or null when there is none.</summary>
    public string? Role(string? role) =>
        string.IsNullOrWhiteSpace(role) ? null : _roles.Contains(role.Trim()) ? role.Trim() : OtherRole;

    private static IEnumerable<string> RoleList(System.Text.Json.Nodes.JsonNode node)
    {
        var parsed = node;
        if (node is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var text))
        {
            try
            {
                parsed = System.Text.Json.Nodes.JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
        }

        return parsed is System.Text.Json.Nodes.JsonArray array
            ? array.Select(x => x?.GetValue<string>()).OfType<string>().Select(x => x.Trim())
            : [];
    }

    /// <summary>Whether a free text (clock reason) is a literal from a definition and may therefore be shown.</summary>
    public bool IsReleasable(string text) => _releasableTexts.Contains(text.Trim());

    /// <summary>The display name of a workflow, when a definition was supplied.</summary>
    public string? WorkflowName(string workflow) => _workflowNames.GetValueOrDefault(workflow);

    /// <summary>Display names of the supplied workflows, by definition id.</summary>
    public IReadOnlyDictionary<string, string> WorkflowNames => _workflowNames;

    /// <summary>The question each discretion point asks (its node name), by discretion id.</summary>
    public IReadOnlyDictionary<string, string> DiscretionPointNames => _discretionPointNames;
}
