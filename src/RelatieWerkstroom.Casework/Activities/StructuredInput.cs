using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Casework.Activities;

/// <summary>Reads fixed structured inputs (JSON arrays written as Object expressions or plain JSON) while binding.</summary>
internal static class StructuredInput
{
    /// <summary>The input's JSON, or null when it is not set; a parse error is reported at the input.</summary>
    public static JsonNode? ReadJson(ActivityBinder binder, string name, out bool ok)
    {
        ok = true;
        var raw = binder.Node.Input(name);
        if (raw is null) return null;
        try
        {
            var node = (JsonNode?)ValueConverter.Convert(raw.Value, typeof(JsonNode));
            if (node is JsonValue text && text.TryGetValue<string>(out var json))
                node = string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json);
            return node;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            binder.Report(name, ProblemCodes.JsonInputInvalid, ("input", name), ("detail", ex.Message));
            ok = false;
            return null;
        }
    }

    /// <summary>A fixed list of names (a JSON array or comma-separated text); reports empty and duplicate entries.</summary>
    public static string[]? ReadNames(ActivityBinder binder, string name, string what)
    {
        var raw = binder.Node.Input(name);
        if (raw is null) return null;
        string[]? names;
        try
        {
            names = (string[]?)ValueConverter.Convert(raw.Value, typeof(string[]));
        }
        catch (FormatException ex)
        {
            binder.Report(name, ProblemCodes.NamesInvalid, ("input", name), ("what", what), ("detail", ex.Message));
            return null;
        }
        names ??= [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = names[i]?.Trim() ?? "";
            if (names[i].Length == 0) binder.Report($"{name}[{i}]", ProblemCodes.NameEmpty, ("input", name));
            else if (!seen.Add(names[i])) binder.Report($"{name}[{i}]", ProblemCodes.NameDuplicate, ("name", names[i]), ("input", name));
        }
        return names;
    }

    /// <summary>A string property of a JSON object, trimmed, or null.</summary>
    public static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
