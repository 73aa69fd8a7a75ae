using RelatieWerkstroom.Reports.Journal;

namespace RelatieWerkstroom.Reports.Internal;

/// <summary>A step of one workflow version: id, display name, type and friction annotation.</summary>
internal sealed record StepMeta(string StepId, string StepName, string? Type, FrictionAnnotation Friction)
{
    // Flow plumbing of the engine: these take no time and carry no rule, so they only clutter variants and rework
    // unless someone annotated them.
    private static readonly HashSet<string> Plumbing = new(StringComparer.Ordinal)
    {
        "Elsa.Start", "Elsa.End", "Elsa.Finish", "Elsa.Complete", "Elsa.FlowJoin", "Elsa.FlowFork", "Elsa.FlowNode",
        "Elsa.FlowDecision", "Elsa.FlowSwitch", "Elsa.SetVariable", "Elsa.SetOutput", "Elsa.Correlate", "Elsa.WriteLine",
        "Elsa.RunJavaScript",
    };

    /// <summary>Whether the step shows up in step metrics, variants and the event exports.</summary>
    public bool IsSignificant { get; } = Friction.IsAnnotated || Type is null || !Plumbing.Contains(Type);
}
