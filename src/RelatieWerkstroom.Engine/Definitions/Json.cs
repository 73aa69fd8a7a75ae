using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>Small helpers for reading Elsa JSON, which may come in camelCase or PascalCase.</summary>
public static class Json
{
    /// <summary>Serializer options used for everything the engine writes.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>Options for human-readable output (definitions saved to disk).</summary>
    public static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Finds a property by name regardless of the case of its first letter (or any case).</summary>
    public static JsonNode? Get(this JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var value)) return value;
        foreach (var (key, node) in obj)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return node;
        return null;
    }

    /// <summary>The actual key under which a property is stored, or null.</summary>
    public static string? KeyOf(this JsonObject obj, string name)
    {
        if (obj.ContainsKey(name)) return name;
        foreach (var (key, _) in obj)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return key;
        return null;
    }

    /// <summary>Reads a string-valued property, or null when absent or not a string.</summary>
    public static string? GetString(this JsonObject obj, string name) =>
        obj.Get(name) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>Reads a boolean-valued property (also "true"/"false" strings).</summary>
    public static bool? GetBool(this JsonObject obj, string name) => obj.Get(name) switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        _ => null,
    };

    /// <summary>Reads an integer-valued property.</summary>
    public static int? GetInt(this JsonObject obj, string name) => obj.Get(name) switch
    {
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<long>(out var l) => (int)l,
        JsonValue v when v.TryGetValue<double>(out var d) => (int)d,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, out var i) => i,
        _ => null,
    };

    /// <summary>Sets a property, reusing the existing key's casing when one exists.</summary>
    public static void Set(this JsonObject obj, string name, JsonNode? value) => obj[obj.KeyOf(name) ?? name] = value;
}
