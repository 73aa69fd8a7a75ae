using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Marks where the flowchart starts.</summary>
[Activity("Elsa.Start", "Flow", "Start", Description = "Marks the start of the workflow.")]
public sealed class Start : Activity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => new(ActivityResult.Done());
}
