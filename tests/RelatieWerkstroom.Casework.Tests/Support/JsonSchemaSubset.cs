using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>
/// Checks a JSON value against the part of JSON Schema (2020-12) that workflows/settings/settings.schema.json uses. A
/// keyword outside that part is itself reported, so a schema that grows beyond it cannot pass unchecked.
/// </summary>
public static class JsonSchemaSubset
{
    private static readonly HashSet<string> Understood =
    [
        "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "type", "enum", "const", "pattern", "minLength",
        "minimum", "maximum", "items", "minItems", "uniqueItems", "required", "properties", "patternProperties",
        "additionalProperties", "oneOf", "anyOf", "examples", "default",
    ];

    /// <summary>Every place where <paramref name="value"/> breaks <paramref name="schema"/>, as <c>$.path: what</c>.</summary>
    public static IReadOnlyList<string> Problems(JsonNode? value, JsonObject schema)
    {
        var problems = new List<string>();
        Check(value, schema, schema, "$", problems);
        return problems;
    }

    private static void Check(JsonNode? value, JsonObject schema, JsonObject root, string path, List<string> problems)
    {
        foreach (var keyword in schema.Select(p => p.Key).Where(k => !Understood.Contains(k)))
            problems.Add($"{path}: schema keyword '{keyword}' is not checked by this test; extend JsonSchemaSubset");
        if (schema["$ref"] is JsonValue reference)
        {
            Check(value, Resolve(root, reference.GetValue<string>()), root, path, problems);
            return;
        }
        if (schema["type"] is { } type && !HasType(value, type))
        {
            problems.Add($"{path}: expected {type.ToJsonString()}, found {Kind(value)}");
            return;
        }
        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
            problems.Add($"{path}: {value?.ToJsonString() ?? "null"} is not one of {options.ToJsonString()}");
        if (schema.ContainsKey("const") && !JsonNode.DeepEquals(schema["const"], value))
            problems.Add($"{path}: must be {schema["const"]?.ToJsonString()}");

        switch (value)
        {
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = v.GetValue<string>();
                if (schema["minLength"] is { } minLength && text.Length < (int)minLength) problems.Add($"{path}: shorter than {minLength}");
                if (schema["pattern"] is { } pattern && !Regex.IsMatch(text, (string)pattern!, RegexOptions.None, TimeSpan.FromSeconds(1)))
                    problems.Add($"{path}: '{text}' does not match {pattern}");
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                var number = Number(v);
                if (schema["minimum"] is { } minimum && number < (decimal)minimum) problems.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is below {minimum}");
                if (schema["maximum"] is { } maximum && number > (decimal)maximum) problems.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is above {maximum}");
                break;
            case JsonArray array:
                if (schema["minItems"] is { } minItems && array.Count < (int)minItems) problems.Add($"{path}: needs at least {minItems} items");
                if (schema["uniqueItems"] is JsonValue unique && unique.GetValue<bool>()
                    && array.Select(i => i?.ToJsonString()).Distinct().Count() != array.Count)
                    problems.Add($"{path}: items must be unique");
                if (schema["items"] is JsonObject itemSchema)
                    for (var i = 0; i < array.Count; i++) Check(array[i], itemSchema, root, $"{path}[{i}]", problems);
                break;
            case JsonObject obj:
                CheckObject(obj, schema, root, path, problems);
                break;
        }

        foreach (var (keyword, exactlyOne) in new[] { ("oneOf", true), ("anyOf", false) })
        {
            if (schema[keyword] is not JsonArray forms) continue;
            var passing = forms.OfType<JsonObject>().Count(form => Problems(value, form, root).Count == 0);
            if (passing == 0 || (exactlyOne && passing > 1))
                problems.Add($"{path}: matches {passing} of the {forms.Count} allowed forms ({keyword})");
        }
    }

    private static void CheckObject(JsonObject obj, JsonObject schema, JsonObject root, string path, List<string> problems)
    {
        if (schema["required"] is JsonArray required)
            foreach (var name in required.Select(r => (string)r!).Where(name => !obj.ContainsKey(name)))
                problems.Add($"{path}: '{name}' is required");
        var properties = schema["properties"] as JsonObject;
        var patterns = schema["patternProperties"] as JsonObject;
        foreach (var (name, child) in obj)
        {
            var childPath = $"{path}.{name}";
            if (properties?[name] is JsonObject propertySchema)
            {
                Check(child, propertySchema, root, childPath, problems);
                continue;
            }
            var matching = patterns?.Where(p => Regex.IsMatch(name, p.Key, RegexOptions.None, TimeSpan.FromSeconds(1))).Select(p => (JsonObject)p.Value!).ToList() ?? [];
            foreach (var patternSchema in matching) Check(child, patternSchema, root, childPath, problems);
            if (matching.Count > 0) continue;
            switch (schema["additionalProperties"])
            {
                case JsonValue allowed when !allowed.GetValue<bool>():
                    problems.Add($"{path}: unknown property '{name}'");
                    break;
                case JsonObject additional:
                    Check(child, additional, root, childPath, problems);
                    break;
            }
        }
    }

    private static IReadOnlyList<string> Problems(JsonNode? value, JsonObject schema, JsonObject root)
    {
        var problems = new List<string>();
        Check(value, schema, root, "$", problems);
        return problems;
    }

    private static JsonObject Resolve(JsonObject root, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) throw new NotSupportedException($"only local references are followed, not '{reference}'");
        JsonNode node = root;
        foreach (var part in reference[2..].Split('/')) node = node[part] ?? throw new KeyNotFoundException($"'{reference}' points nowhere");
        return (JsonObject)node;
    }

    private static bool HasType(JsonNode? value, JsonNode type) => type switch
    {
        JsonArray types => types.Any(t => HasType(value, t!)),
        _ => (string)type! switch
        {
            "null" => value is null,
            "object" => value is JsonObject,
            "array" => value is JsonArray,
            "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
            "boolean" => value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            "number" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
            "integer" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && decimal.IsInteger(Number(v)),
            var other => throw new NotSupportedException($"unknown JSON Schema type '{other}'"),
        },
    };

    private static decimal Number(JsonValue value) => decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind().ToString().ToLowerInvariant(),
    };
}
