using System.Globalization;
using System.Text.Json;

namespace RelatieWerkstroom.Reports.Internal;

/// <summary>The top-level primitive fields of a journal payload, read case-insensitively.</summary>
internal sealed class PayloadFields
{
    public static readonly PayloadFields Empty = new(new Dictionary<string, JsonElement>());

    private readonly Dictionary<string, JsonElement> _fields;

    private PayloadFields(Dictionary<string, JsonElement> fields) => _fields = fields;

    /// <summary>Reads payload JSON; malformed or non-object payloads read as empty (the manifest counts them).</summary>
    public static PayloadFields Parse(string? json, out bool malformed)
    {
        malformed = false;
        if (string.IsNullOrWhiteSpace(json)) return Empty;
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                malformed = true;
                return Empty;
            }

            var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                    fields[p.Name] = p.Value.Clone();
            }

            return new PayloadFields(fields);
        }
        catch (JsonException)
        {
            malformed = true;
            return Empty;
        }
    }

    public string? String(string name) => _fields.TryGetValue(name, out var e)
        ? e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        }
        : null;

    public bool? Bool(string name) => _fields.TryGetValue(name, out var e)
        ? e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(e.GetString(), out var b) => b,
            _ => null,
        }
        : null;

    public double? Number(string name) => _fields.TryGetValue(name, out var e)
        ? e.ValueKind switch
        {
            JsonValueKind.Number => e.GetDouble(),
            JsonValueKind.String when double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        }
        : null;

    public DateOnly? Date(string name) =>
        String(name) is { } s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
