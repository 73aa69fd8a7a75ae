using System.Text.Json;

namespace RelatieWerkstroom.Reports.Journal;

/// <summary>The friction annotation of a step (<c>customProperties.friction</c>), as the reports read it.</summary>
/// <param name="Origin">Rule origin, normalised (see <see cref="RuleOrigin"/>).</param>
/// <param name="Basis">Legal or policy basis, e.g. "Wmo 2015 art. 2.3.2 lid 1".</param>
/// <param name="Actor">The professional actor whose time <paramref name="Minutes"/> is, e.g. "consulent".</param>
/// <param name="Minutes">Professional minutes per execution.</param>
/// <param name="CitizenMinutes">Citizen minutes per execution.</param>
/// <param name="OutOfPocket">Citizen out-of-pocket euros per execution.</param>
/// <param name="BusinessOutOfPocket">Out-of-pocket euros of a business per execution, e.g. an aanbieder's accountantsverklaring.</param>
/// <param name="Purpose">Stated purpose ("nut en noodzaak").</param>
/// <param name="Alternative">A less burdensome alternative, when one was annotated.</param>
public sealed record FrictionAnnotation(
    string Origin,
    string? Basis,
    string? Actor,
    double Minutes,
    double CitizenMinutes,
    decimal OutOfPocket,
    string? Purpose,
    string? Alternative,
    decimal BusinessOutOfPocket = 0)
{
    /// <summary>The annotation used for steps that have none.</summary>
    public static FrictionAnnotation None { get; } = new(RuleOrigin.Unknown, null, null, 0, 0, 0, null, null);

    /// <summary>Whether the step was annotated at all.</summary>
    public bool IsAnnotated => !ReferenceEquals(this, None);

    /// <summary>Reads annotation JSON; returns <see cref="None"/> for null, empty or malformed text (the report counts those as unannotated).</summary>
    public static FrictionAnnotation Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return None;
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return None;
            var root = doc.RootElement;
            return new FrictionAnnotation(
                RuleOrigin.Normalize(String(root, "origin")),
                String(root, "basis"),
                String(root, "actor"),
                Math.Max(0, Number(root, "minutes")),
                Math.Max(0, Number(root, "citizenMinutes")),
                (decimal)Math.Max(0, Number(root, "outOfPocket")),
                String(root, "purpose"),
                String(root, "alternative"),
                (decimal)Math.Max(0, Number(root, "businessOutOfPocket")));
        }
        catch (JsonException)
        {
            return None;
        }
    }

    private static string? String(JsonElement root, string name) =>
        Find(root, name) is { ValueKind: JsonValueKind.String } e && e.GetString() is { Length: > 0 } s ? s : null;

    private static double Number(JsonElement root, string name) => Find(root, name) switch
    {
        { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        { ValueKind: JsonValueKind.String } e when double.TryParse(e.GetString(), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        _ => 0,
    };

    // Definitions are read case-insensitively elsewhere in the engine; do the same here.
    private static JsonElement? Find(JsonElement root, string name)
    {
        foreach (var p in root.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        }

        return null;
    }
}
