using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>
/// What the reference workflows promise beyond a valid definition: a friction annotation on every activity
/// (<c>customProperties.friction</c> with origin, basis, actor, minutes, citizenMinutes) and a default option and legal
/// basis on every discretion point.
/// </summary>
public static class ReferenceAnnotations
{
    private static readonly string[] Origins = ["national", "local", "contract", "internal"];

    /// <summary>Every missing or malformed annotation, as <c>activityId: what</c>.</summary>
    public static IReadOnlyList<string> Problems(WorkflowDefinition definition)
    {
        var problems = new List<string>();
        foreach (var node in definition.Activities)
        {
            if (node.Friction is not { } friction)
            {
                problems.Add($"{node.Id}: customProperties.friction is missing");
            }
            else
            {
                if (Text(friction, "origin") is not { } origin || !Origins.Contains(origin))
                    problems.Add($"{node.Id}: friction.origin must be one of {string.Join(", ", Origins)}");
                foreach (var name in (string[])["basis", "actor"])
                    if (Text(friction, name) is null) problems.Add($"{node.Id}: friction.{name} is missing");
                foreach (var name in (string[])["minutes", "citizenMinutes"])
                    if (friction[name] is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || v.GetValue<decimal>() < 0)
                        problems.Add($"{node.Id}: friction.{name} must be a number of minutes, 0 or more");
            }
            if (node.Type != "RelatieWerkstroom.DiscretionPoint") continue;
            foreach (var name in (string[])["defaultOption", "legalBasis"])
                if (string.IsNullOrWhiteSpace(node.Input(name)?.Text)) problems.Add($"{node.Id}: discretion point without {name}");
        }
        return problems;
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
