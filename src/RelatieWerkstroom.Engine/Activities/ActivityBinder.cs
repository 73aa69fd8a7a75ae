using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Expressions;

namespace RelatieWerkstroom.Engine.Activities;

/// <summary>Given to activities while a definition is compiled: compiles expressions and collects problems.</summary>
public sealed class ActivityBinder(WorkflowDefinition definition, ActivityNode node, ExpressionCompiler compiler, Action<string, string> report,
    ActivityRegistry? registry = null, Action<string, string>? warn = null)
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
            report(path, ex.Message);
            return null;
        }
    }

    /// <summary>A service the registry carries for binding (<see cref="ActivityRegistry.WithBindingService{T}"/>), or null.</summary>
    public T? GetService<T>() where T : class => registry?.BindingService<T>();

    /// <summary>Reports a configuration problem at a property path of this activity.</summary>
    public void Report(string path, string message) => report(path, message);

    /// <summary>Reports something Elsa 3 runs fine as it stands (a warning: it neither stops publishing nor running).</summary>
    public void Warn(string path, string message) => (warn ?? report)(path, message);
}
