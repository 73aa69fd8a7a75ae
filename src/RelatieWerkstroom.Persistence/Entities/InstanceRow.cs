using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Persistence.Entities;

/// <summary>A workflow instance: queryable columns plus the whole serialised state.</summary>
public sealed class InstanceRow
{
    /// <summary>Instance id.</summary>
    public required string Id { get; set; }

    /// <summary>Stable definition id.</summary>
    public required string DefinitionId { get; set; }

    /// <summary>Definition version id the instance runs on.</summary>
    public required string DefinitionVersionId { get; set; }

    /// <summary>Definition version number.</summary>
    public int DefinitionVersion { get; set; }

    /// <summary>Lifecycle state.</summary>
    public WorkflowStatus Status { get; set; }

    /// <summary>Business correlation (case file id).</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Parent instance (sub-workflows).</summary>
    public string? ParentInstanceId { get; set; }

    /// <summary>Created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last committed change.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Finished, faulted or cancelled.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Optimistic concurrency token: every commit increments it and checks the previous value.</summary>
    public long Version { get; set; }

    /// <summary>The serialised <see cref="WorkflowInstance"/>.</summary>
    public required string StateJson { get; set; }
}
