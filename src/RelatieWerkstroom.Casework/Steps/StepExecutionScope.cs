using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Steps;

/// <summary>
/// The service step currently sending a request on this async flow, so pipeline behaviours and handlers can reach
/// the running activity (journal, clock) without it being passed through MediatR.
/// </summary>
public sealed class StepExecutionScope : IDisposable
{
    private static readonly AsyncLocal<StepExecutionScope?> CurrentScope = new();
    private readonly StepExecutionScope? _outer;

    private StepExecutionScope(ActivityExecutionContext context, string requestName, StepExecutionScope? outer)
    {
        Context = context;
        RequestName = requestName;
        _outer = outer;
    }

    /// <summary>The scope of the service step running on this async flow, or null outside a service step.</summary>
    public static StepExecutionScope? Current => CurrentScope.Value;

    /// <summary>The running service step activity.</summary>
    public ActivityExecutionContext Context { get; }

    /// <summary>The request name as the definition wrote it (catalogue name).</summary>
    public string RequestName { get; }

    /// <summary>Makes <paramref name="context"/> current until the returned scope is disposed.</summary>
    public static StepExecutionScope Enter(ActivityExecutionContext context, string requestName)
    {
        var scope = new StepExecutionScope(context, requestName, CurrentScope.Value);
        CurrentScope.Value = scope;
        return scope;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (CurrentScope.Value == this) CurrentScope.Value = _outer;
    }
}
