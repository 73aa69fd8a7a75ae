using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Runs another published workflow as a sub-workflow and (by default) waits for it to finish.</summary>
[Activity("Elsa.ExecuteWorkflow", "Composition", "Execute workflow", Description = "Runs a sub-workflow and waits for it.", Blocking = true)]
public sealed class ExecuteWorkflow : Activity
{
    /// <summary>The sub-workflow's definition id.</summary>
    [Input(Description = "The definition id of the workflow to run.", Required = true)]
    public Input<string?> WorkflowDefinitionId { get; set; } = new((string?)null);

    /// <summary>Input for the sub-workflow.</summary>
    [Input(Description = "Input for the sub-workflow (a JSON object).", UIHint = UIHints.Json)]
    public Input<JsonNode?> Input { get; set; } = new((JsonNode?)null);

    /// <summary>The sub-workflow's correlation id (Elsa's ExecuteWorkflow input of the same name).</summary>
    /// <remarks>Left empty, the child gets this workflow's correlation id (the case it belongs to); Elsa leaves it empty then.</remarks>
    [Input(Description = "The correlation id of the sub-workflow; empty: the same as this workflow's.")]
    public Input<string?> CorrelationId { get; set; } = new((string?)null);

    /// <summary>Whether to wait for the sub-workflow.</summary>
    [Input(Description = "Wait until the sub-workflow finishes.", UIHint = UIHints.Checkbox, DefaultValue = true)]
    public Input<bool> WaitForCompletion { get; set; } = new(true);

    /// <summary>The sub-workflow's output.</summary>
    [Output(Description = "The output of the sub-workflow.")]
    public object? Result { get; set; }

    /// <inheritdoc />
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var definitionId = WorkflowDefinitionId.Get(context);
        if (string.IsNullOrWhiteSpace(definitionId)) throw new InvalidOperationException("ExecuteWorkflow names no workflow");
        var input = Input.Get(context) as JsonObject;
        var correlationId = CorrelationId.Get(context) is { Length: > 0 } id ? id : null;
        var child = await context.StartChildWorkflowAsync(definitionId, input, context.Burst.CancellationToken, correlationId);
        switch (child.Status)
        {
            case WorkflowStatus.Faulted:
                throw new InvalidOperationException($"sub-workflow '{definitionId}' ({child.Id}) faulted: {child.Incident?.Message}");
            case WorkflowStatus.Finished:
            case WorkflowStatus.Suspended when !WaitForCompletion.Get(context):
                context.SetOutputReference("result", child.Output, keepForScripts: true);
                return ActivityResult.Done();
            default:
                return ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.ChildWorkflow, child.Id,
                    Payload: new JsonObject { ["definitionId"] = definitionId }));
        }
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context)
    {
        context.SetOutputReference("result", context.ResumePayload?["output"], keepForScripts: true);
        return new(ActivityResult.Done());
    }
}
