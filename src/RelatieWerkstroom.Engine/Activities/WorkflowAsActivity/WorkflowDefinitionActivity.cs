using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities.WorkflowAsActivity;

/// <summary>
/// A node whose type is a workflow usable as an activity (Elsa's WorkflowDefinitionActivity). It runs that workflow as a
/// child instance with the node's inputs as the child's input, keeps the child's declared outputs as its own, and
/// continues at the outcome the child completed with (<c>Elsa.Complete</c>'s <c>outcomes</c>; Done otherwise).
/// </summary>
/// <remarks>
/// It is not registered by attribute: <see cref="ActivityRegistry"/> binds it for the types of its
/// <see cref="WorkflowActivityCatalog"/>. Elsa runs the child inside the parent's own instance; here it is a child
/// instance, as with Elsa.ExecuteWorkflow, so its tasks and timers are stored, resumed and journalled like any other.
/// </remarks>
public sealed class WorkflowDefinitionActivity : Activity
{
    /// <summary>The properties Elsa writes on every node of a workflow-as-activity type; they are not inputs.</summary>
    public static readonly IReadOnlySet<string> ReferenceProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "workflowDefinitionId", "workflowDefinitionVersionId", "latestAvailablePublishedVersion", "latestAvailablePublishedVersionId",
    };

    private readonly List<(string Name, string TypeName, IExpression? Expression)> _inputs = [];

    /// <summary>The type this node was bound to.</summary>
    public WorkflowActivityType Type { get; internal set; } = null!;

    /// <summary>The child definition id (the node's <c>workflowDefinitionId</c>, else the type's).</summary>
    public string DefinitionId => DefinitionIdOf(Node) ?? Type.Definition.DefinitionId;

    /// <summary>The version the node names (<c>workflowDefinitionVersionId</c>), if any.</summary>
    public string? PinnedVersionId => Node.Json.GetString("workflowDefinitionVersionId") is { Length: > 0 } id ? id : null;

    /// <summary>The <c>workflowDefinitionId</c> a node carries (a plain text, as Elsa writes it), or null.</summary>
    public static string? DefinitionIdOf(ActivityNode node) => node.Json.GetString("workflowDefinitionId") is { Length: > 0 } id ? id : null;

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        foreach (var input in Type.Descriptor.Inputs)
        {
            if (ReferenceProperties.Contains(input.Name)) continue;
            _inputs.Add((input.Name, input.TypeName, binder.Compile(Node.Input(input.Name), typeof(object), CamelCase(input.Name))));
        }
        // Elsa runs the version the node names while that version exists; a newer published one is not picked up until
        // the node is updated (Elsa Studio does that for children with autoUpdateConsumingWorkflows).
        if (PinnedVersionId is { } pinned && pinned != Type.Definition.Id)
            binder.Warn("workflowDefinitionVersionId", ProblemCodes.WorkflowActivityVersionNotPublished, ("activity", Node.Label),
                ("workflow", Type.Definition.Name), ("versionId", pinned), ("publishedVersionId", Type.Definition.Id), ("published", Type.Definition.Version));
    }

    /// <inheritdoc />
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var input = new JsonObject();
        foreach (var (name, typeName, expression) in _inputs)
        {
            if (expression is null) continue;
            try
            {
                input[name] = ValueConverter.ToVariableValue(expression.Evaluate(context), typeName);
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException($"input '{name}' of '{Node.Label}' is declared as {typeName} by workflow '{Type.Definition.Name}': {ex.Message}", ex);
            }
        }
        var child = await context.StartChildWorkflowAsync(DefinitionId, PinnedVersionId, input, context.Burst.CancellationToken);
        return child.Status switch
        {
            WorkflowStatus.Faulted => throw new InvalidOperationException($"workflow '{Type.Definition.Name}' ({child.Id}) faulted: {child.Incident?.Message}"),
            WorkflowStatus.Finished or WorkflowStatus.Cancelled => Completed(context, child.Output, child.CompletedOutcomes),
            _ => ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.ChildWorkflow, child.Id, Payload: new JsonObject { ["definitionId"] = DefinitionId })),
        };
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context)
    {
        var outcomes = context.ResumePayload?["outcomes"] is JsonArray array
            ? array.Select(o => o?.GetValue<string>()).OfType<string>().ToList()
            : [];
        return new(Completed(context, context.ResumePayload?["output"] as JsonObject, outcomes));
    }

    /// <summary>A child's Complete may name several outcomes at once.</summary>
    public override bool CompletesWithOneOutcome => false;

    private ActivityResult Completed(ActivityExecutionContext context, JsonObject? output, IReadOnlyList<string> outcomes)
    {
        foreach (var declared in Type.Descriptor.Outputs)
            context.SetOutputReference(declared.Name, output?.Get(declared.Name), keepForScripts: true);
        return outcomes.Count > 0 ? ActivityResult.Outcome([.. outcomes]) : ActivityResult.Done();
    }

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
