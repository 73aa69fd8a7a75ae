using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>How a FlowJoin merges its inbound branches.</summary>
public enum FlowJoinMode
{
    /// <summary>Wait until every inbound branch arrived; run if all were taken.</summary>
    WaitAll,

    /// <summary>Run at the first taken inbound branch; cancel the rest.</summary>
    WaitAny,
}

/// <summary>Merges parallel branches (WaitAll or WaitAny). The waiting is done by the flowchart runner.</summary>
[Activity("Elsa.FlowJoin", "Flow", "Join", Description = "Merges parallel branches: wait for all, or continue at the first.")]
public sealed class FlowJoin : Activity
{
    /// <summary>Join mode.</summary>
    [Input(Description = "WaitAll: wait for every branch. WaitAny: continue at the first and cancel the others.",
        UIHint = UIHints.Dropdown, Options = ["WaitAll", "WaitAny"], DefaultValue = "WaitAll")]
    public Input<FlowJoinMode> Mode { get; set; } = new(FlowJoinMode.WaitAll);

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => new(ActivityResult.Done());
}
