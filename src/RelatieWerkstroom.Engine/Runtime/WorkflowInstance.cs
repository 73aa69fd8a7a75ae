using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>The state of one running or finished workflow: everything needed to continue it in another process.</summary>
public sealed class WorkflowInstance
{
    /// <summary>Instance id.</summary>
    public required string Id { get; set; }

    /// <summary>Stable definition id.</summary>
    public required string DefinitionId { get; set; }

    /// <summary>The definition version (its <c>id</c>) the instance runs on; it stays on it.</summary>
    public required string DefinitionVersionId { get; set; }

    /// <summary>The definition version number.</summary>
    public int DefinitionVersion { get; set; }

    /// <summary>Optimistic concurrency token, incremented by every commit.</summary>
    public long Version { get; set; }

    /// <summary>Lifecycle state.</summary>
    public WorkflowStatus Status { get; set; }

    /// <summary>Business correlation (e.g. a case file id).</summary>
    public string? CorrelationId { get; set; }

    /// <summary>The instance that started this one through ExecuteWorkflow.</summary>
    public string? ParentInstanceId { get; set; }

    /// <summary>Created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last committed change.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Finished, faulted or cancelled.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Variable values.</summary>
    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Input given at start.</summary>
    public JsonObject Input { get; set; } = [];

    /// <summary>Output set by SetOutput.</summary>
    public JsonObject Output { get; set; } = [];

    /// <summary>Activities scheduled but not yet run (empty between bursts, except for a faulted activity).</summary>
    public List<string> Scheduled { get; set; } = [];

    /// <summary>Join bookkeeping per activity id.</summary>
    public Dictionary<string, InboundState> Inbound { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Open bookmarks.</summary>
    public List<Bookmark> Bookmarks { get; set; } = [];

    /// <summary>Set when faulted.</summary>
    public Incident? Incident { get; set; }

    /// <summary>How often each activity ran (rework loops show up here).</summary>
    public Dictionary<string, int> ExecutionCounts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per-activity state that must survive between bursts (e.g. a clock or a task claim).</summary>
    public Dictionary<string, JsonNode?> ActivityState { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The last outputs of scripts and sub-workflows (activity id → output name → value), for Elsa's script functions
    /// <c>getOutputFrom(activity, output)</c> and <c>get&lt;Output&gt;From&lt;Activity&gt;()</c>. Task forms and event
    /// payloads are not kept (they can carry personal data).
    /// </summary>
    public Dictionary<string, JsonObject> ActivityOutputs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The outcomes an <c>Elsa.Complete</c> finished the workflow with (empty: none named, which a parent running it as an
    /// activity reads as Done).
    /// </summary>
    public List<string> CompletedOutcomes { get; set; } = [];

    /// <summary>Whether the instance can still change.</summary>
    public bool IsActive => Status is WorkflowStatus.Running or WorkflowStatus.Suspended;
}
