using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Engine.Stores;

/// <summary>Stores definition versions. Validation happens before anything reaches the store.</summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>Finds a version by its version id.</summary>
    Task<WorkflowDefinition?> FindVersionAsync(string versionId, CancellationToken cancellationToken = default);

    /// <summary>Finds the published version of a definition.</summary>
    Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Finds the latest version (published or draft).</summary>
    Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>All versions of one definition, oldest first.</summary>
    Task<IReadOnlyList<WorkflowDefinition>> FindVersionsAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>The latest version of every definition.</summary>
    Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The published version (as <see cref="FindPublishedAsync"/> finds it) of every definition that has one, in one
    /// read; definitions with only drafts are left out.
    /// </summary>
    Task<IReadOnlyList<WorkflowDefinition>> ListPublishedAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the given versions (matched by version id) in one transaction.</summary>
    Task SaveAsync(IReadOnlyList<WorkflowDefinition> versions, CancellationToken cancellationToken = default);
}
