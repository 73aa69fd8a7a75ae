using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Completes the workflow. Everything still running or waiting is cancelled.</summary>
[Activity("Elsa.Complete", "Flow", "Complete", Description = "Completes the workflow.")]
public sealed class Complete : Activity, ITerminalActivity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => new(ActivityResult.Terminate());
}
