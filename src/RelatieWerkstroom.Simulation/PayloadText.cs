using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Simulation;

/// <summary>Reads texts and lists of names from a bookmark payload or form field (absent, blank or non-text values are null or skipped).</summary>
internal static class PayloadText
{
    /// <summary>The trimmed text at <paramref name="name"/>, or null.</summary>
    public static string? Text(JsonObject? obj, string name) =>
        obj?[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    /// <summary>The texts of a JSON array (anything else gives none).</summary>
    public static List<string> Names(JsonNode? node) =>
        (node as JsonArray ?? []).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList();
}
