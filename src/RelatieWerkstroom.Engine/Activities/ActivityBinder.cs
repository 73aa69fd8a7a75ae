using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities;

/// <summary>Given to activities while a definition is compiled: compiles expressions and collects problems.</summary>
public sealed class ActivityBinder(WorkflowDefinition definition, ActivityNode node, ExpressionCompiler compiler, Action<ValidationProblem> report,
    ActivityRegistry? registry = null)
{
    /// <summary>The definition being compiled.</summary>
    public WorkflowDefinition Definition { get; } = definition;

    /// <summary>Variables declared by the definition.</summary>
    public IReadOnlyList<VariableDefinition> Variables => Definition.Variables;

    /// <summary>The node being bound.</summary>
    public ActivityNode Node { get; } = node;

    /// <summary>Compiles an expression; on failure reports the problem at <paramref name="path"/> and returns null.</summary>
    public IExpression? Compile(InputValue? value, Type targetType, string path)
    {
        if (value is null) return null;
        try
        {
            return compiler.Compile(value, targetType);
        }
        catch (ExpressionException ex)
        {
            Report(path, ProblemCodes.ExpressionInvalid, ("detail", ex.Message));
            return null;
        }
    }

    /// <summary>A service the registry carries for binding (<see cref="ActivityRegistry.WithBindingService{T}"/>), or null.</summary>
    public T? GetService<T>() where T : class => registry?.BindingService<T>();

    /// <summary>Reports a configuration problem (an error) of a kind in <see cref="ProblemCodes"/> at a property path of this activity.</summary>
    public void Report(string path, ProblemCode code, params (string Name, object? Value)[] values) => report(code.Error(Node.Id, path, values));

    /// <summary>Reports something Elsa 3 runs fine as it stands (a warning: it neither stops publishing nor running).</summary>
    public void Warn(string path, ProblemCode code, params (string Name, object? Value)[] values) => report(code.Warning(Node.Id, path, values));
}
