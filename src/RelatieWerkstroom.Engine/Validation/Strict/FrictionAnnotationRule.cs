using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Engine.Validation.Strict;

/// <summary>
/// Every activity carries a complete friction annotation (<c>customProperties.friction</c>): where its rule comes from,
/// the basis, who spends the time, the minutes of professional and citizen, the citizen's costs and the purpose.
/// A step without one counts as unannotated in every friction report.
/// </summary>
internal static class FrictionAnnotationRule
{
    /// <summary>The rule origins a report groups by.</summary>
    public static readonly IReadOnlyList<string> Origins = ["national", "local", "contract", "internal"];

    private static readonly string[] Texts = ["basis", "actor", "purpose"];
    private static readonly string[] Amounts = ["minutes", "citizenMinutes", "outOfPocket"];

    public static IEnumerable<ValidationProblem> Check(WorkflowDefinition definition)
    {
        const string path = "customProperties.friction";
        foreach (var node in definition.Activities)
        {
            if (node.Friction is not { } friction)
            {
                yield return new(node.Id, path, "the friction annotation is missing; reports count this step as unannotated");
                continue;
            }
            if (Text(friction, "origin") is not { } origin || !Origins.Contains(origin))
                yield return new(node.Id, path + ".origin", $"origin must be one of {string.Join(", ", Origins)}");
            foreach (var name in Texts)
                if (Text(friction, name) is null)
                    yield return new(node.Id, $"{path}.{name}", $"{name} must be a non-empty text");
            foreach (var name in Amounts)
                if (Amount(friction, name) is not >= 0)
                    yield return new(node.Id, $"{path}.{name}", $"{name} must be a number, 0 or more");
        }
    }

    // Through the JSON text: a node built in code holds a double or an int, one read from a file a JsonElement.
    private static decimal? Amount(JsonObject friction, string name) =>
        friction[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string? Text(JsonObject friction, string name) =>
        friction[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
