using System.Globalization;
using System.Text.Json;

namespace RelatieWerkstroom.Reports.Internal;

/// <summary>The top-level primitive fields of a journal payload, read case-insensitively.</summary>
internal sealed class PayloadFields
{
    public static readonly PayloadFields Empty = new(new Dictionary<string, Field>());

    private readonly Dictionary<string, Field> _fields;

    private PayloadFields(Dictionary<string, Field> fields) => _fields = fields;

    // A primitive value as its kind and text (a string's value, a number's JSON text), so nothing of the parsed document
    // is kept: cloning each element made a document per field.
    private readonly record struct Field(JsonValueKind Kind, string? Text);

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

            var fields = new Dictionary<string, Field>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                switch (p.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        fields[p.Name] = new Field(JsonValueKind.String, p.Value.GetString());
                        break;
                    case JsonValueKind.Number:
                        fields[p.Name] = new Field(JsonValueKind.Number, p.Value.GetRawText());
                        break;
                    case JsonValueKind.True or JsonValueKind.False:
                        fields[p.Name] = new Field(p.Value.ValueKind, null);
                        break;
                }
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
        ? e.Kind switch
        {
            JsonValueKind.String or JsonValueKind.Number => e.Text,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        }
        : null;

    public bool? Bool(string name) => _fields.TryGetValue(name, out var e)
        ? e.Kind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(e.Text, out var b) => b,
            _ => null,
        }
        : null;

    public double? Number(string name) => _fields.TryGetValue(name, out var e)
        ? e.Kind switch
        {
            JsonValueKind.Number or JsonValueKind.String when double.TryParse(e.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        }
        : null;

    public DateOnly? Date(string name) =>
        String(name) is { } s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
