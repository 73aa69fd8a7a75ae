using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Runs a JavaScript snippet; it can read and set variables (<c>getX()</c>, <c>setX(v)</c>, <c>variables.X</c>).</summary>
[Activity("Elsa.RunJavaScript", "Scripting", "Run JavaScript", Description = "Runs a JavaScript snippet.")]
public sealed class RunJavaScript : Activity
{
    private JavaScriptExpression? _script;

    /// <summary>The script.</summary>
    [Input(Description = "The script to run.", UIHint = UIHints.Code, Required = true, SupportsExpressions = false,
        MissingInElsa = ["doet de stap niets", "does nothing"])]
    public Input<string?> Script { get; set; } = new((string?)null);

    /// <summary>The value of the last statement.</summary>
    [Output(Description = "The value of the script's last statement.")]
    public object? Result { get; set; }

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        if (!Script.IsConstant || string.IsNullOrWhiteSpace(Script.Constant)) return;
        try
        {
            _script = ExpressionCompiler.CompileJavaScript(Script.Constant);
        }
        catch (ExpressionException ex)
        {
            binder.Report("script", ProblemCodes.ExpressionInvalid, ("detail", ex.Message));
        }
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        if (_script is null) return new(ActivityResult.Done());
        var result = _script.Evaluate(context);
        context.SetOutputReference("result", result, keepForScripts: true);
        return new(ActivityResult.Done());
    }
}
