using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Expressions;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>What a running activity can see and do: inputs, variables, journal, services, time.</summary>
public sealed class ActivityExecutionContext
{
    internal ActivityExecutionContext(BurstContext burst, WorkflowInstance instance, WorkflowGraph graph, GraphNode node, Bookmark? bookmark)
    {
        Burst = burst;
        Graph = graph;
        Instance = instance;
        Node = node;
        Bookmark = bookmark;
    }

    /// <summary>The burst this run belongs to.</summary>
    public BurstContext Burst { get; }

    /// <summary>The compiled definition the instance runs on.</summary>
    public WorkflowGraph Graph { get; }

    /// <summary>The instance (mutable during the burst).</summary>
    public WorkflowInstance Instance { get; }

    /// <summary>The compiled node.</summary>
    public GraphNode Node { get; }

    /// <summary>The bookmark being resumed, when this is a resume.</summary>
    public Bookmark? Bookmark { get; }

    /// <summary>Payload given by whoever resumed the bookmark.</summary>
    public JsonObject? ResumePayload => Burst.ResumePayload;

    /// <summary>Who caused this burst.</summary>
    public string Actor => Burst.Actor;

    /// <summary>Current time from the runtime's clock.</summary>
    public DateTimeOffset Now => Burst.Time.GetUtcNow();

    /// <summary>Services of the host (MediatR, stores, output writer…).</summary>
    public IServiceProvider Services => Burst.Services;

    /// <summary>Evaluates an input.</summary>
    public T Get<T>(Input<T> input) => input.Get(this);

    /// <summary>Reads a variable as a CLR value or JSON node.</summary>
    public object? GetVariable(string name) => Instance.Variables.GetValueOrDefault(name);

    /// <summary>Sets a variable (stored as JSON), converted to its declared type (e.g. "5" becomes 5 for an Int32 variable).</summary>
    /// <exception cref="InvalidOperationException">The value does not fit the variable's declared type.</exception>
    public void SetVariable(string name, object? value)
    {
        var declared = Graph.Definition.Variables.FirstOrDefault(v => v.Name == name);
        try
        {
            Instance.Variables[name] = ValueConverter.ToVariableValue(value, declared?.TypeName);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"variable '{name}' is declared as {declared!.TypeName}: {ex.Message}", ex);
        }
    }

    /// <summary>Sets a workflow output.</summary>
    public void SetOutput(string name, object? value) => Instance.Output[name] = ValueConverter.ToJsonNode(value);

    /// <summary>Reads this activity's persistent state.</summary>
    public JsonNode? GetState() => Instance.ActivityState.GetValueOrDefault(Node.Id);

    /// <summary>Stores state for this activity that survives between bursts.</summary>
    public void SetState(JsonNode? value) => Instance.ActivityState[Node.Id] = value;

    /// <summary>Adds a journal event for this activity (e.g. a decision); payload must hold no personal data.</summary>
    public void Journal(string kind, JsonNode? payload = null, string? outcome = null) =>
        Burst.AddJournal(Instance, Node, kind, outcome, payload?.ToJsonString());

    /// <summary>Adds a journal event whose payload is already JSON text (for events written so often that building a JsonNode would dominate).</summary>
    public void JournalJson(string kind, string? payloadJson, string? outcome = null) =>
        Burst.AddJournal(Instance, Node, kind, outcome, payloadJson);

    /// <summary>
    /// Stores an activity output where the definition points it: Elsa writes outputs as
    /// <c>"result": { "memoryReference": { "id": "&lt;variable id&gt;" } }</c>. Returns false when it points nowhere.
    /// </summary>
    /// <param name="outputName">The output's name.</param>
    /// <param name="value">Its value.</param>
    /// <param name="keepForScripts">
    /// Also keep it with the instance for Elsa's script functions (<c>getOutputFrom</c>). Only for values that hold no
    /// more than the instance already does (a script over its variables, a child's output): a task's form or an
    /// outside event can carry personal data, which never goes into the instance unless the designer maps it.
    /// </param>
    public bool SetOutputReference(string outputName, object? value, bool keepForScripts = false)
    {
        if (keepForScripts)
        {
            if (!Instance.ActivityOutputs.TryGetValue(Node.Id, out var outputs)) Instance.ActivityOutputs[Node.Id] = outputs = [];
            outputs[outputName] = ValueConverter.ToJsonNode(value);
        }
        if (Node.Node.Property(outputName) is not JsonObject output) return false;
        var reference = (output.Get("memoryReference") as JsonObject)?.GetString("id") ?? output.GetString("variable");
        if (reference is null) return false;
        var variable = Graph.Definition.Variables.FirstOrDefault(v => v.Id == reference || v.Name == reference);
        if (variable is null) return false;
        SetVariable(variable.Name, value);
        return true;
    }

    /// <summary>Writes a line of workflow output (WriteLine); it is shown once the burst is stored.</summary>
    public void WriteLine(string text) => Burst.PendingOutput.Add(text);

    /// <summary>Starts a sub-workflow in the same unit of work; returns its state after its first burst.</summary>
    /// <remarks>A null <paramref name="correlationId"/> gives the child this instance's.</remarks>
    public Task<WorkflowInstance> StartChildWorkflowAsync(string definitionId, JsonObject? input, CancellationToken cancellationToken = default, string? correlationId = null) =>
        Burst.Runtime.StartChildAsync(Burst, Instance, definitionId, input, cancellationToken, correlationId);

    /// <summary>
    /// Starts a sub-workflow at the version a workflow-as-activity node names (<paramref name="versionId"/>) while that
    /// version is stored, else at the published one: Elsa's WorkflowDefinitionActivity looks it up in that order.
    /// </summary>
    public Task<WorkflowInstance> StartChildWorkflowAsync(string definitionId, string? versionId, JsonObject? input, CancellationToken cancellationToken = default) =>
        Burst.Runtime.StartChildAsync(Burst, Instance, definitionId, input, cancellationToken, correlationId: null, versionId);
}
