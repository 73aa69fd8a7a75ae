using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities;

/// <summary>An activity input: a compiled expression evaluated when the activity runs, or a default.</summary>
public sealed class Input<T>
{
    private readonly bool _isConstant;
    private readonly T _constant;

    /// <summary>Creates an input over a compiled expression; literals are converted once, here.</summary>
    public Input(IExpression? expression, T defaultValue)
    {
        Expression = expression;
        if (expression is null)
        {
            _isConstant = true;
            _constant = defaultValue;
        }
        else if (expression is LiteralExpression literal)
        {
            _isConstant = true;
            _constant = (T)ValueConverter.Convert(literal.Value, typeof(T))!;
        }
        else
        {
            _constant = defaultValue;
        }
    }

    /// <summary>An input that always yields the given value.</summary>
    public Input(T value) : this(null, value)
    {
    }

    /// <summary>The compiled expression, or null when the definition does not set the input.</summary>
    public IExpression? Expression { get; }

    /// <summary>Whether the definition sets this input.</summary>
    public bool IsSet => Expression is not null;

    /// <summary>Whether the value is known without running anything (literal or default).</summary>
    public bool IsConstant => _isConstant;

    /// <summary>The constant value (only meaningful when <see cref="IsConstant"/>).</summary>
    public T Constant => _constant;

    /// <summary>Evaluates the input for the running activity.</summary>
    public T Get(ActivityExecutionContext context) =>
        _isConstant ? _constant : (T)ValueConverter.Convert(Expression!.Evaluate(context), typeof(T))!;
}
