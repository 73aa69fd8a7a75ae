namespace RelatieWerkstroom.Engine.Descriptors;

/// <summary>Declares the fixed outcome ports of an activity (default: <c>Done</c>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FlowNodeAttribute(params string[] outcomes) : Attribute
{
    /// <summary>Outcome port names.</summary>
    public string[] Outcomes { get; } = outcomes;
}
