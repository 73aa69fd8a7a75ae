using System.Collections.Immutable;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Engine.Activities.WorkflowAsActivity;

/// <summary>
/// The published definitions usable as activities (Elsa's WorkflowDefinitionActivityProvider). It lives with the
/// <see cref="ActivityRegistry"/>, so that compiling, validating and the palette see the same types. Hosts refresh it
/// from the definition store: at start, after a definition is saved or published, and when a definition names one
/// it does not know (another process may have published it).
/// </summary>
public sealed class WorkflowActivityCatalog
{
    private volatile Snapshot _snapshot = new([], false);

    /// <summary>Every type, ordered by type name.</summary>
    public IReadOnlyList<WorkflowActivityType> Types => _snapshot.Types;

    /// <summary>Whether it has been filled from a store (or given definitions) at least once.</summary>
    public bool IsLoaded => _snapshot.Loaded;

    /// <summary>Replaces the contents with the usable-as-activity definitions among <paramref name="published"/>.</summary>
    public void Replace(IEnumerable<WorkflowDefinition> published) => _snapshot = new(Build(published), true);

    /// <summary>Reloads from the store's published versions.</summary>
    public async Task RefreshAsync(IWorkflowDefinitionStore store, CancellationToken cancellationToken = default) =>
        Replace(await store.ListPublishedAsync(cancellationToken));

    /// <summary>
    /// A copy in which <paramref name="definitions"/> (about to be published together, e.g. one import of a parent and
    /// its child) replace the stored versions of the same definitions.
    /// </summary>
    public WorkflowActivityCatalog With(IEnumerable<WorkflowDefinition> definitions)
    {
        var given = definitions.ToList();
        var ids = given.Select(d => d.DefinitionId).ToHashSet(StringComparer.Ordinal);
        var copy = new WorkflowActivityCatalog();
        copy.Replace([.. Types.Where(t => !ids.Contains(t.Definition.DefinitionId)).Select(t => t.Definition), .. given]);
        return copy;
    }

    /// <summary>
    /// The type a node runs: by its <c>workflowDefinitionId</c> when it has one (so a renamed child still resolves),
    /// else by its type name.
    /// </summary>
    public WorkflowActivityType? Find(ActivityNode node)
    {
        var types = _snapshot.Types;
        if (WorkflowDefinitionActivity.DefinitionIdOf(node) is { } definitionId)
            return types.FirstOrDefault(t => t.Definition.DefinitionId == definitionId);
        return types.FirstOrDefault(t => t.TypeName == node.Type);
    }

    /// <summary>Whether a definition id is in the catalogue.</summary>
    public bool Contains(string definitionId) => _snapshot.Types.Any(t => t.Definition.DefinitionId == definitionId);

    private static ImmutableArray<WorkflowActivityType> Build(IEnumerable<WorkflowDefinition> published) =>
        [.. published.Where(WorkflowActivityType.IsUsableAsActivity).Select(WorkflowActivityType.From).OrderBy(t => t.TypeName, StringComparer.Ordinal)];

    private sealed record Snapshot(ImmutableArray<WorkflowActivityType> Types, bool Loaded);
}
