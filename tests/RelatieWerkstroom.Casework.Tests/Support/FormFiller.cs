using System.Globalization;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>Plausible, typed values for the required fields of a task's form (as the bookmark payload lists them).</summary>
public static class FormFiller
{
    /// <summary>The inschrijvers a tender's assessment ranks (field <c>rangorde</c>), best first.</summary>
    public static readonly IReadOnlyList<string> Inschrijvers = ["Inschrijver B", "Inschrijver A", "Inschrijver C"];

    private static readonly Dictionary<string, Func<DateOnly, JsonNode>> Known = new(StringComparer.Ordinal)
    {
        ["voorziening"] = _ => "Huishoudelijke hulp",
        ["gemeente"] = _ => "Gemeente Elders",
        ["winnaar"] = _ => Inschrijvers[0],
        ["rangorde"] = _ => string.Join("\n", Inschrijvers),
        ["contractnummer"] = _ => "C-2026-017",
        ["procedure"] = _ => "openbare procedure",
        ["grond"] = _ => "Minimale draagkracht",
        ["raming"] = _ => 120000,
        ["looptijd"] = _ => 24,
        ["aantal"] = _ => 3,
        ["ingangsdatum"] = today => Date(today),
        ["einddatum"] = today => Date(today.AddMonths(3)),
        ["hersteltermijnTot"] = today => Date(today.AddDays(14)),
        // The backoffice registers an aanvraag a few days after it came in; the beslistermijn runs from the receipt.
        ["ontvangenOp"] = today => Date(today.AddDays(-3)),
        ["nieuweDatum"] = today => Date(today.AddDays(42)),
        ["sluitingsdatum"] = today => Date(today.AddDays(21)),
    };

    /// <summary>Values for every required field; optional fields stay empty.</summary>
    public static JsonObject Fill(JsonArray? formFields, DateOnly today)
    {
        var values = new JsonObject();
        foreach (var field in (formFields ?? []).OfType<JsonObject>())
        {
            if (field["required"]?.GetValue<bool>() != true) continue;
            var name = (string)field["name"]!;
            values[name] = Known.TryGetValue(name, out var known) ? known(today) : Plausible(field, today);
        }
        return values;
    }

    private static JsonNode Plausible(JsonObject field, DateOnly today)
    {
        var label = (string?)field["label"] ?? (string)field["name"]!;
        return ((string?)field["type"] ?? "text") switch
        {
            "textarea" => $"Toelichting: {label.ToLowerInvariant()} besproken en vastgelegd.",
            "number" => 1,
            "date" => Date(today),
            "boolean" => true,
            "choice" => (string)field["options"]!.AsArray()[0]!,
            _ => $"{label} (ingevuld)",
        };
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
