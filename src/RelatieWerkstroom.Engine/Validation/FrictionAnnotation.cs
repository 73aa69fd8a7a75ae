using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Engine.Validation;

/// <summary>
/// The one owner of the rules on a friction annotation (<c>customProperties.friction</c>): where its rule comes from,
/// the basis, who spends the time, the minutes of professional and citizen, the costs of citizen and business, and the
/// purpose. A value that is given must be usable (<see cref="ValueProblems"/>, part of every validation, so the designer
/// shows it while editing); <c>validate --strict</c> also asks every field to be there (<see cref="Incomplete"/>).
/// </summary>
internal static class FrictionAnnotation
{
    /// <summary>Where the annotation sits on an activity.</summary>
    public const string Path = "customProperties.friction";

    /// <summary>The rule origins a report groups by.</summary>
    public static readonly IReadOnlyList<string> Origins = ["national", "local", "contract", "internal"];

    private static readonly string[] Texts = ["basis", "actor", "purpose"];

    // Minutes per execution, and euros per execution (businessOutOfPocket only where a business pays, so never required).
    private static readonly string[] Amounts = ["minutes", "citizenMinutes", "outOfPocket", "businessOutOfPocket"];
    private static readonly string[] RequiredAmounts = ["minutes", "citizenMinutes", "outOfPocket"];

    /// <summary>
    /// Every given value that no report can use: an origin outside the four, a text that is no text, an amount that is no
    /// number or is negative. A value left out (or null) is not a problem here; reports count it as not annotated.
    /// </summary>
    public static IEnumerable<ValidationProblem> ValueProblems(WorkflowDefinition definition)
    {
        foreach (var node in definition.Activities)
        {
            var given = node.CustomProperties.Get("friction");
            if (given is null) continue;
            if (given is not JsonObject friction)
            {
                yield return ProblemCodes.FrictionNotAnObject.Error(node.Id, Path, ("value", Shown(given)));
                continue;
            }
            if (friction.Get("origin") is { } origin && !(Text(origin) is { } o && Origins.Contains(o)))
                yield return ProblemCodes.FrictionOriginInvalid.Error(node.Id, Path + ".origin", ("origins", Origins), ("value", Shown(origin)));
            foreach (var name in Texts)
                if (friction.Get(name) is { } value && Text(value) is null)
                    yield return ProblemCodes.FrictionTextInvalid.Error(node.Id, $"{Path}.{name}", ("field", name), ("value", Shown(value)));
            foreach (var name in Amounts)
                if (friction.Get(name) is { } value && Amount(value) is not >= 0)
                    yield return ProblemCodes.FrictionAmountInvalid.Error(node.Id, $"{Path}.{name}", ("field", name), ("value", Shown(value)));
        }
    }

    /// <summary>
    /// What <c>validate --strict</c> adds: every activity carries an annotation with every field filled in. A step without
    /// one counts as unannotated in every friction report. Wrong values are <see cref="ValueProblems"/>, reported before.
    /// </summary>
    public static IEnumerable<ValidationProblem> Incomplete(WorkflowDefinition definition)
    {
        foreach (var node in definition.Activities)
        {
            if (node.Friction is not { } friction)
            {
                yield return ProblemCodes.FrictionMissing.Error(node.Id, Path);
                continue;
            }
            if (friction.Get("origin") is null)
                yield return ProblemCodes.FrictionOriginMissing.Error(node.Id, Path + ".origin", ("origins", Origins));
            foreach (var name in Texts)
                if (friction.Get(name) is not { } value || Text(value) is { } text && string.IsNullOrWhiteSpace(text))
                    yield return ProblemCodes.FrictionTextMissing.Error(node.Id, $"{Path}.{name}", ("field", name));
            foreach (var name in RequiredAmounts)
                if (friction.Get(name) is null)
                    yield return ProblemCodes.FrictionAmountMissing.Error(node.Id, $"{Path}.{name}", ("field", name));
        }
    }

    // Through the JSON text: a node built in code holds a double or an int, one read from a file a JsonElement.
    private static double? Amount(JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;

    private static string? Text(JsonNode value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Shown(JsonNode value) => value.ToJsonString();
}
