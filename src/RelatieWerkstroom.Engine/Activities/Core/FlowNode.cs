using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Does nothing; useful to merge or label paths.</summary>
[Activity("Elsa.FlowNode", "Flow", "Node", Description = "A step that does nothing (merges or labels paths).")]
public sealed class FlowNode : Activity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => new(ActivityResult.Done());
}
