using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>Saves, publishes and imports definitions: validation first, versions numbered, never half-stored.</summary>
public sealed class DefinitionService(IWorkflowDefinitionStore store, DefinitionValidator validator)
{
    /// <summary>
    /// Validates every definition, then stores all of them in one transaction (or none when any is invalid).
    /// A definition whose content equals the latest stored version is left alone, so importing twice is harmless.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowDefinition>> ImportAsync(IReadOnlyList<(string Source, WorkflowDefinition Definition)> items,
        bool publish = true, CancellationToken cancellationToken = default)
    {
        var problems = new List<(string, ValidationProblem)>();
        // A parent may use a child of the same import as an activity: check them as if the children were published.
        var workflowActivities = validator.Registry.WorkflowActivities;
        await workflowActivities.RefreshAsync(store, cancellationToken);
        var batch = publish ? new DefinitionValidator(validator.Registry.WithWorkflowActivities(workflowActivities.With(items.Select(i => i.Definition)))) : validator;
        foreach (var (source, definition) in items)
            problems.AddRange(batch.Validate(definition).Errors().Select(p => (source, p)));
        var duplicates = items.GroupBy(i => i.Definition.DefinitionId).Where(g => g.Count() > 1);
        foreach (var group in duplicates)
            problems.Add((group.Last().Source, ProblemCodes.DefinitionIdInSeveralFiles.Error(null, "definitionId", ("definitionId", group.Key), ("files", group.Select(g => g.Source)))));
        if (problems.Count > 0) throw new DefinitionValidationException(problems);

        var toSave = new List<WorkflowDefinition>();
        var result = new List<WorkflowDefinition>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, definition) in items)
        {
            var versions = await store.FindVersionsAsync(definition.DefinitionId, cancellationToken);
            var latest = versions.LastOrDefault();
            if (latest is not null && SameContent(latest, definition))
            {
                if (publish && !latest.IsPublished) toSave.AddRange(Publish(versions, latest));
                result.Add(publish ? latest.WithVersion(latest.Id, latest.Version, true, true) : latest);
                continue;
            }
            var next = await NewVersionAsync(definition, latest, publish, claimed, cancellationToken);
            claimed.Add(next.Id);
            toSave.AddRange(UpdateFlags(versions, next));
            toSave.Add(next);
            result.Add(next);
        }
        await store.SaveAsync(toSave, cancellationToken);
        if (toSave.Count > 0) await workflowActivities.RefreshAsync(store, cancellationToken);
        return result;
    }

    /// <summary>
    /// Saves a draft: replaces the latest version when it is an unpublished draft, else adds a version. A draft is work
    /// in progress and is stored with its problems (the designer shows them); publishing refuses while any remains.
    /// </summary>
    public async Task<WorkflowDefinition> SaveDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
            throw new DefinitionValidationException([("", ProblemCodes.DefinitionWithoutId.Error(null, "definitionId"))]);
        var versions = await store.FindVersionsAsync(definition.DefinitionId, cancellationToken);
        var latest = versions.LastOrDefault();
        WorkflowDefinition draft;
        var toSave = new List<WorkflowDefinition>();
        if (latest is not null && !latest.IsPublished)
        {
            draft = definition.WithVersion(latest.Id, latest.Version, isLatest: true, isPublished: false);
        }
        else
        {
            draft = await NewVersionAsync(definition, latest, publish: false, new HashSet<string>(), cancellationToken);
            toSave.AddRange(UpdateFlags(versions, draft));
        }
        toSave.Add(draft);
        await store.SaveAsync(toSave, cancellationToken);
        return draft;
    }

    /// <summary>Publishes the latest version; new instances use it, running ones stay on their version.</summary>
    public async Task<WorkflowDefinition> PublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var versions = await store.FindVersionsAsync(definitionId, cancellationToken);
        var latest = versions.LastOrDefault() ?? throw new Runtime.WorkflowNotFoundException($"no workflow definition '{definitionId}'");
        await validator.Registry.WorkflowActivities.RefreshAsync(store, cancellationToken);
        var problems = validator.Validate(latest).Errors();
        if (problems.Count > 0) throw new DefinitionValidationException(problems.Select(p => (definitionId, p)).ToList());
        var changed = Publish(versions, latest).ToList();
        await store.SaveAsync(changed, cancellationToken);
        await validator.Registry.WorkflowActivities.RefreshAsync(store, cancellationToken);
        return changed.Last();
    }

    private static IEnumerable<WorkflowDefinition> Publish(IReadOnlyList<WorkflowDefinition> versions, WorkflowDefinition target)
    {
        foreach (var v in versions.Where(v => v.IsPublished && v.Id != target.Id))
            yield return v.WithVersion(v.Id, v.Version, isLatest: false, isPublished: false);
        yield return target.WithVersion(target.Id, target.Version, isLatest: true, isPublished: true);
    }

    private static IEnumerable<WorkflowDefinition> UpdateFlags(IReadOnlyList<WorkflowDefinition> versions, WorkflowDefinition next)
    {
        foreach (var v in versions)
        {
            var published = v.IsPublished && !next.IsPublished;
            if (v.IsLatest || v.IsPublished != published)
                yield return v.WithVersion(v.Id, v.Version, isLatest: false, isPublished: published);
        }
    }

    private async Task<WorkflowDefinition> NewVersionAsync(WorkflowDefinition definition, WorkflowDefinition? latest, bool publish,
        IReadOnlySet<string> claimed, CancellationToken cancellationToken)
    {
        var version = (latest?.Version ?? 0) + 1;
        var id = $"{definition.DefinitionId}:v{version}";
        // Keep the file's own version id on first import, so an Elsa export keeps its identity — unless that id is
        // another definition's (a copied file with only its definitionId changed): taking it would overwrite that
        // definition's version under its running instances.
        if (latest is null && definition.Document.GetString("id") is { Length: > 0 } own && own != definition.DefinitionId
            && !claimed.Contains(own) && await store.FindVersionAsync(own, cancellationToken) is null)
            id = own;
        return definition.WithVersion(id, version, isLatest: true, isPublished: publish);
    }

    private static bool SameContent(WorkflowDefinition a, WorkflowDefinition b) =>
        JsonNode.DeepEquals(Strip(a), Strip(b));

    private static JsonObject Strip(WorkflowDefinition d)
    {
        var doc = WorkflowDefinitionWriter.ToJsonObject(d);
        foreach (var key in new[] { "id", "version", "isLatest", "isPublished", "createdAt" })
            if (doc.KeyOf(key) is { } k) doc.Remove(k);
        // A file with only an "id" gets "definitionId" when stored; without this it would never equal its stored self.
        doc.Set("definitionId", d.DefinitionId);
        return doc;
    }
}
