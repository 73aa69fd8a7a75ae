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

    /// <summary>Wait until every inbound branch arrived; run if at least one was taken (what an activity with several inbound connections does anyway).</summary>
    WaitAllActive,
}

/// <summary>Merges parallel branches (WaitAll or WaitAny). The waiting is done by the flowchart runner.</summary>
[Activity("Elsa.FlowJoin", "Flow", "Join", Description = "Merges parallel branches: wait for all, or continue at the first.")]
public sealed class FlowJoin : Activity
{
    /// <summary>Join mode; WaitAny when the definition leaves it unset, as in Elsa 3.</summary>
    [Input(Description = "WaitAny: continue at the first branch and cancel the others. WaitAll: wait until every branch has run. WaitAllActive: wait for the branches that were taken.",
        UIHint = UIHints.Dropdown, Options = ["WaitAny", "WaitAll", "WaitAllActive"], DefaultValue = "WaitAny",
        MissingInElsa = ["gaat de samenvoeging verder bij de eerste tak die aankomt en breekt de andere af (WaitAny)",
            "continues at the first branch that arrives and cancels the others (WaitAny)"])]
    public Input<FlowJoinMode> Mode { get; set; } = new(FlowJoinMode.WaitAny);

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => new(ActivityResult.Done());
}
