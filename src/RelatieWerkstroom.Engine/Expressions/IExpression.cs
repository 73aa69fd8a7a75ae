using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Expressions;

/// <summary>A compiled expression, evaluated in the context of a running activity.</summary>
public interface IExpression
{
    /// <summary>Elsa's expression type name: Literal, Object, Variable, JavaScript.</summary>
    string Type { get; }

    /// <summary>Evaluates to a CLR value, a <see cref="System.Text.Json.Nodes.JsonNode"/> or null.</summary>
    object? Evaluate(ActivityExecutionContext context);
}
