using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace RelatieWerkstroom.Engine.Expressions;

/// <summary>Converts expression results (strings, numbers, JSON) to the CLR type an input expects.</summary>
public static class ValueConverter
{
    /// <summary>Converts a value; throws <see cref="FormatException"/> with a readable message when it cannot.</summary>
    public static object? Convert(object? value, Type target)
    {
        if (target == typeof(object)) return value;
        var underlying = Nullable.GetUnderlyingType(target);
        if (value is null || (value is JsonValue jv0 && jv0.GetValueKind() == JsonValueKind.Null))
            return underlying is not null || !target.IsValueType ? null : Activator.CreateInstance(target);
        target = underlying ?? target;
        if (target.IsInstanceOfType(value) && value is not JsonNode) return value;
        if (target == typeof(JsonNode)) return ToJsonNode(value);

        if (value is JsonValue jv)
            value = jv.GetValueKind() switch
            {
                JsonValueKind.String => jv.GetValue<string>(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                // Through the text: a node made from an int or decimal in this burst cannot be read as long or double directly.
                JsonValueKind.Number => long.TryParse(jv.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)
                    ? l
                    : double.Parse(jv.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
                _ => jv.ToJsonString(),
            };

        if (target == typeof(string))
            return value switch
            {
                string s => s,
                JsonNode n => n.ToJsonString(),
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };

        if (target == typeof(bool))
            return value switch
            {
                bool b => b,
                string s when bool.TryParse(s.Trim(), out var b) => b,
                string s when s.Trim() is "1" or "0" => s.Trim() == "1",
                double d => d != 0,
                long l => l != 0,
                int i => i != 0,
                _ => throw Bad(value, "a Boolean (true or false)"),
            };

        if (target == typeof(TimeSpan)) return ToTimeSpan(value);

        if (target == typeof(DateTimeOffset))
            return value switch
            {
                DateTime dt => new DateTimeOffset(dt),
                string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) => d,
                _ => throw Bad(value, "a date and time"),
            };

        if (target.IsEnum)
            return value is string es && Enum.TryParse(target, es, ignoreCase: true, out var e)
                ? e
                : throw Bad(value, $"one of {string.Join(", ", Enum.GetNames(target))}");

        if (IsNumeric(target))
        {
            try
            {
                return value switch
                {
                    string s => System.Convert.ChangeType(double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture), target, CultureInfo.InvariantCulture),
                    IConvertible c => System.Convert.ChangeType(c, target, CultureInfo.InvariantCulture),
                    _ => throw Bad(value, $"a number ({target.Name})"),
                };
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
            {
                throw Bad(value, $"a number ({target.Name})");
            }
        }

        // Arrays, lists, records: go through JSON.
        var node = ToJsonNode(value);
        if (node is JsonValue sv && sv.TryGetValue<string>(out var text) && target != typeof(string))
        {
            if (target == typeof(string[]) && !text.TrimStart().StartsWith('['))
                return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            try
            {
                node = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                throw Bad(value, target.Name);
            }
        }
        try
        {
            return node.Deserialize(target, Definitions.Json.Options);
        }
        catch (JsonException)
        {
            throw Bad(value, target.Name);
        }
    }

    /// <summary>
    /// The CLR type a variable of a declared Elsa type is stored as (whole numbers as Int64, other numbers as Double),
    /// or null for types kept as given (Object, arrays, records).
    /// </summary>
    public static Type? VariableStorageType(string? typeName)
    {
        var name = typeName?.Split(',')[0].Trim() ?? "";
        if (name.StartsWith("System.", StringComparison.Ordinal)) name = name["System.".Length..];
        return name switch
        {
            "Int32" or "Int64" or "Int16" or "Byte" => typeof(long),
            "Double" or "Single" or "Decimal" => typeof(double),
            "Boolean" => typeof(bool),
            "String" => typeof(string),
            _ => null,
        };
    }

    /// <summary>Converts a value for a variable of the declared type; throws <see cref="FormatException"/> when it does not fit.</summary>
    public static JsonNode? ToVariableValue(object? value, string? typeName) =>
        VariableStorageType(typeName) is { } type ? ToJsonNode(Convert(value, type)) : ToJsonNode(value);

    /// <summary>
    /// Turns any value into a JSON node (for variables and outputs). NaN and ±Infinity (<c>0/0</c>, <c>1/0</c> in a script)
    /// have no JSON form, so the instance could not be stored: they are refused here, where the activity that made them can
    /// become an incident, instead of at the commit.
    /// </summary>
    public static JsonNode? ToJsonNode(object? value) => value switch
    {
        null => null,
        JsonNode n => n.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d when !double.IsFinite(d) => throw NotStorable(d.ToString(CultureInfo.InvariantCulture)),
        float f when !float.IsFinite(f) => throw NotStorable(f.ToString(CultureInfo.InvariantCulture)),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => JsonValue.Create((long)d),
        double d => JsonValue.Create(d),
        TimeSpan t => JsonValue.Create(t.ToString("c", CultureInfo.InvariantCulture)),
        _ => SerializeToNode(value),
    };

    private static JsonNode? SerializeToNode(object value)
    {
        try
        {
            return JsonSerializer.SerializeToNode(value, value.GetType(), Definitions.Json.Options);
        }
        catch (ArgumentException e)
        {
            // System.Text.Json refuses NaN and ±Infinity inside objects and arrays with an ArgumentException.
            throw NotStorable("a value inside it", e);
        }
    }

    private static FormatException NotStorable(string what, Exception? inner = null) =>
        new($"{what} cannot be stored: NaN and Infinity (for example 0/0 or 1/0 in a script) have no JSON form; check the expression", inner);

    /// <summary>
    /// Reads a duration as Elsa 3 does: .NET's TimeSpan text (<c>hh:mm:ss</c>, <c>d.hh:mm:ss</c>, also <c>5</c> for five
    /// days). What Elsa cannot read it silently takes as zero, so it does not wait at all; here that is an error that
    /// says how to write it, an ISO 8601 duration such as <c>P2D</c> included.
    /// </summary>
    public static TimeSpan ToTimeSpan(object value)
    {
        switch (value)
        {
            case TimeSpan t:
                return t;
            case double d when double.IsFinite(d) && Math.Abs(d) < TimeSpan.MaxValue.TotalMilliseconds:
                return TimeSpan.FromMilliseconds(d);
            case long l when Math.Abs((double)l) < TimeSpan.MaxValue.TotalMilliseconds:
                return TimeSpan.FromMilliseconds(l);
            case double or long:
                throw Bad(value, "a duration of at most about 29 000 years");
            case string s:
                s = s.Trim();
                // Elsa converts with TimeSpanConverter under the invariant culture, which is TimeSpan.Parse.
                if (TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out var ts)) return ts;
                if (s.StartsWith('P') || s.StartsWith("-P", StringComparison.Ordinal))
                {
                    TimeSpan iso;
                    try
                    {
                        iso = XmlConvert.ToTimeSpan(s);
                    }
                    catch (Exception ex) when (ex is FormatException or OverflowException)
                    {
                        throw new FormatException($"'{s}' is not a duration; {HowToWrite}");
                    }
                    throw new FormatException($"'{s}' is an ISO 8601 duration, which Elsa 3 does not read (it would not wait at all); " +
                        $"write {iso.ToString("c", CultureInfo.InvariantCulture)} instead");
                }
                throw new FormatException($"'{s}' is not a duration; {HowToWrite}");
            default:
                throw Bad(value, "a duration");
        }
    }

    private const string HowToWrite = "write d.hh:mm:ss, such as 00:05:00 (5 minutes) or 2.00:00:00 (2 days), as Elsa reads it";

    private static bool IsNumeric(Type t) =>
        t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal) || t == typeof(float) || t == typeof(short);

    private static FormatException Bad(object value, string expected) =>
        new($"'{(value is JsonNode n ? n.ToJsonString() : value)}' is not {expected}");
}
