using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Follows <c>True</c> or <c>False</c> depending on a condition.</summary>
[Activity("Elsa.FlowDecision", "Branching", "Decision", Description = "Follows True or False depending on a condition.")]
[FlowNode("True", "False")]
public sealed class FlowDecision : Activity
{
    /// <summary>The condition.</summary>
    [Input(Description = "The condition to evaluate.", UIHint = UIHints.SingleLine, Required = true,
        MissingInElsa = ["gaat de beslissing altijd naar False", "always takes False"])]
    public Input<bool> Condition { get; set; } = new(false);

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        new(ActivityResult.Outcome(Condition.Get(context) ? "True" : "False"));
}
