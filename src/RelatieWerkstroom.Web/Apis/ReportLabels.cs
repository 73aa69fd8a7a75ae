using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Web.Apis;

/// <summary>A discretion point of a workflow as the auditor's dashboard names it: its question and its options' labels.</summary>
/// <param name="Id">The discretion id the report rows carry (e.g. RW1-DP1).</param>
/// <param name="Question">The question the caseworker answers, from the definition.</param>
/// <param name="Options">The options with their labels; the report's decision options use the same ids.</param>
public sealed record DiscretionPointLabel(string Id, string Question, IReadOnlyList<OptionLabel> Options);

/// <summary>An option id and its label.</summary>
public sealed record OptionLabel(string Id, string Label);

/// <summary>Reads the names of discretion points and their options from a definition, so the report's codes can be shown as words.</summary>
public static class ReportLabels
{
    private const string DiscretionPointType = "RelatieWerkstroom.DiscretionPoint";

    /// <summary>The discretion points of the definition; a point whose inputs are not literals falls back to its node's name and ids.</summary>
    public static IReadOnlyList<DiscretionPointLabel> DiscretionPoints(WorkflowDefinition definition) =>
    [
        .. definition.Activities
            .Where(n => n.Type == DiscretionPointType)
            .Select(n => new DiscretionPointLabel(
                Literal(n, "discretionId") ?? n.Id,
                Literal(n, "question") ?? n.Name ?? n.Id,
                Options(n.Input("options")?.Text)))
            .DistinctBy(p => p.Id),
    ];

    private static string? Literal(ActivityNode node, string input) =>
        node.Input(input) is { ExpressionType: "Literal", Text: { Length: > 0 } text } ? text.Trim() : null;

    private static IReadOnlyList<OptionLabel> Options(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            return JsonNode.Parse(json) is JsonArray array
                ? [.. array.OfType<JsonObject>()
                    .Select(o => (Id: o["id"]?.GetValue<string>(), Label: o["label"]?.GetValue<string>()))
                    .Where(o => !string.IsNullOrWhiteSpace(o.Id))
                    .Select(o => new OptionLabel(o.Id!, string.IsNullOrWhiteSpace(o.Label) ? o.Id! : o.Label!))]
                : [];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return []; // an option list a script builds at run time has no labels to show
        }
    }
}
