using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Ends the workflow. Everything still running or waiting is cancelled.</summary>
[Activity("Elsa.End", "Flow", "End", Description = "Ends the workflow.")]
public sealed class End : Activity, ITerminalActivity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => new(ActivityResult.Terminate());
}
