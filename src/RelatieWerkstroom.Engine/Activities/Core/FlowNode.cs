using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Does nothing; useful to merge or label paths.</summary>
[Activity("Elsa.FlowNode", "Flow", "Node", Description = "A step that does nothing (merges or labels paths).")]
public sealed class FlowNode : Activity
{
    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        // Elsa runs a FlowNode's body (often a nested flowchart) before it continues; this engine cannot yet, and
        // skipping it would quietly run the case differently: an error, so such a file is never half-imported.
        if (binder.Node.Property("body") is JsonObject { Count: > 0 } body && body.GetString("type") is { } type)
            binder.Report("body", ProblemCodes.BodyNotSupported, ("activity", binder.Node.Label), ("type", type));
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => new(ActivityResult.Done());
}
