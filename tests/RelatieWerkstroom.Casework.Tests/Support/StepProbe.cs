using RelatieWerkstroom.Casework.Steps;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>Records what test step handlers received, so tests can look at it.</summary>
public sealed class StepProbe
{
    public List<StepContext?> Contexts { get; } = [];

    public List<bool> ScopeSeen { get; } = [];

    public List<object> Requests { get; } = [];
}
