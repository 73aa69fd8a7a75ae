using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Engine.Stores;

/// <summary>A definition store in process memory (tests, benchmarks, one-off CLI runs).</summary>
public sealed class InMemoryWorkflowDefinitionStore : IWorkflowDefinitionStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, WorkflowDefinition> _versions = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<WorkflowDefinition?> FindVersionAsync(string versionId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_versions.GetValueOrDefault(versionId));
    }

    /// <inheritdoc />
    public Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult(_versions.Values.Where(v => v.DefinitionId == definitionId && v.IsPublished).MaxBy(v => v.Version));
    }

    /// <inheritdoc />
    public Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult(_versions.Values.Where(v => v.DefinitionId == definitionId).MaxBy(v => v.Version));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<WorkflowDefinition>> FindVersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<WorkflowDefinition>>(_versions.Values.Where(v => v.DefinitionId == definitionId).OrderBy(v => v.Version).ToList());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<WorkflowDefinition>>(_versions.Values.GroupBy(v => v.DefinitionId)
                .Select(g => g.MaxBy(v => v.Version)!).OrderBy(v => v.Name).ToList());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<WorkflowDefinition>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<WorkflowDefinition>>(_versions.Values.Where(v => v.IsPublished).GroupBy(v => v.DefinitionId)
                .Select(g => g.MaxBy(v => v.Version)!).OrderBy(v => v.Name).ToList());
    }

    /// <inheritdoc />
    public Task SaveAsync(IReadOnlyList<WorkflowDefinition> versions, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            foreach (var v in versions) _versions[v.Id] = v;
        return Task.CompletedTask;
    }
}
