using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Expressions;

/// <summary>A JSON value written as a string in the definition (Elsa's "Object" expression).</summary>
public sealed class ObjectExpression(JsonNode? value) : IExpression
{
    /// <inheritdoc />
    public string Type => "Object";

    /// <inheritdoc />
    public object? Evaluate(ActivityExecutionContext context) => value?.DeepClone();
}
