using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Expressions;

/// <summary>A fixed value written in the definition.</summary>
public sealed class LiteralExpression(object? value) : IExpression
{
    /// <summary>The literal (a string or a JSON node as written).</summary>
    public object? Value { get; } = value;

    /// <inheritdoc />
    public string Type => "Literal";

    /// <inheritdoc />
    public object? Evaluate(ActivityExecutionContext context) => Value;
}
