using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>An activity input as Elsa stores it: a type name and an expression (type + value).</summary>
/// <param name="TypeName">Declared type, e.g. <c>String</c>, <c>TimeSpan</c>.</param>
/// <param name="ExpressionType">Literal, Object, Variable or JavaScript.</param>
/// <param name="Value">The raw expression value (usually a string).</param>
public sealed record InputValue(string? TypeName, string ExpressionType, JsonNode? Value)
{
    /// <summary>The expression value as text (Literal/JavaScript source, Object JSON, variable name).</summary>
    public string? Text => Value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject o when o.Get("name") is JsonValue n && n.TryGetValue<string>(out var name) => name, // Variable expression value {id,name}
        _ => Value.ToJsonString(),
    };

    /// <summary>Reads an input wrapper (<c>{ typeName, expression: { type, value } }</c>) or a bare value.</summary>
    public static InputValue? From(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj when obj.Get("expression") is JsonObject expr:
                return new InputValue(obj.GetString("typeName"), expr.GetString("type") ?? "Literal", expr.Get("value"));
            case JsonObject obj when obj.Get("type") is JsonValue && obj.KeyOf("value") is not null && obj.Count <= 3:
                // Some tools write the expression without the wrapper.
                return new InputValue(null, obj.GetString("type") ?? "Literal", obj.Get("value"));
            default:
                // A bare JSON value (our own hand-written definitions may use plain values).
                return new InputValue(null, node is JsonValue ? "Literal" : "Object", node);
        }
    }

    /// <summary>Creates an input wrapper for writing.</summary>
    public static JsonObject Wrap(string typeName, string expressionType, JsonNode? value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = expressionType, ["value"] = value },
    };
}
