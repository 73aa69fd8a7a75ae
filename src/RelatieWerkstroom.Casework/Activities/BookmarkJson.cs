using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.Activities;

/// <summary>The small JSON helpers the typed bookmark payloads are written and read with.</summary>
internal static class BookmarkJson
{
    /// <summary>A trimmed, non-empty text property, or null.</summary>
    public static string? Text(JsonObject? json, string name) =>
        json?[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    /// <summary>The non-empty texts of an array (anything else reads as empty).</summary>
    public static IReadOnlyList<string> Texts(JsonNode? node) =>
        [.. (node as JsonArray ?? []).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s.Trim() : null).OfType<string>().Where(s => s.Length > 0)];

    public static JsonArray Array(IEnumerable<string> texts) => new([.. texts.Select(t => (JsonNode?)JsonValue.Create(t))]);
}
