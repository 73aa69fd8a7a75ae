using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Finishes the workflow. Everything still running or waiting is cancelled.</summary>
[Activity("Elsa.Finish", "Flow", "Finish", Description = "Finishes the workflow.")]
public sealed class Finish : Activity, ITerminalActivity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => new(ActivityResult.Terminate());
}
