using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

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
            binder.Report("body",
                $"'{binder.Node.Label}' heeft een body ({type}) die Elsa uitvoert, maar deze engine nog niet; zet de stappen van de body in de flowchart zelf " +
                $"('{binder.Node.Label}' has a body ({type}) that Elsa runs but this engine cannot yet; move the body's activities into the flowchart itself)");
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => new(ActivityResult.Done());
}
