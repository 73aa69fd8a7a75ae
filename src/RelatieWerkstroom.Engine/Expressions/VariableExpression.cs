using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Expressions;

/// <summary>Reads a workflow variable by name.</summary>
public sealed class VariableExpression(string name) : IExpression
{
    /// <summary>The variable name.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public string Type => "Variable";

    /// <inheritdoc />
    public object? Evaluate(ActivityExecutionContext context) => context.GetVariable(Name);
}
