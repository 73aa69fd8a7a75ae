using Acornima.Ast;
using Jint;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Expressions;

/// <summary>JavaScript evaluated by Jint in the burst's sandbox; parsed once when the definition is compiled.</summary>
public sealed class JavaScriptExpression(string source, Prepared<Script> script) : IExpression
{
    /// <summary>The script text.</summary>
    public string Source { get; } = source;

    /// <summary>The parsed script.</summary>
    public Prepared<Script> Script { get; } = script;

    /// <inheritdoc />
    public string Type => "JavaScript";

    /// <inheritdoc />
    public object? Evaluate(ActivityExecutionContext context) => context.Burst.JavaScript.Evaluate(this, context);
}
