using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Web.Security;
using RelatieWerkstroom.Web.WhatIf;
using DefinitionProblem = RelatieWerkstroom.Engine.Validation.ValidationProblem;

namespace RelatieWerkstroom.Web.Apis;

/// <summary>
/// <c>/api/definitions</c>: the designer's workflows in Elsa 3 JSON: list, versions, save a draft (always, with its
/// problems), validate, publish (refused while problems remain), import and export.
/// </summary>
public static class DefinitionsApi
{
    /// <summary>One workflow in the list: its latest and published version.</summary>
    public sealed record DefinitionSummary(string DefinitionId, string Name, int LatestVersion, int? PublishedVersion, bool IsPublished,
        string? ChangedBy, DateTimeOffset? ChangedAt);

    /// <summary>One version of a workflow.</summary>
    public sealed record VersionSummary(string Id, int Version, bool IsLatest, bool IsPublished, string? ChangedBy, DateTimeOffset? ChangedAt);

    /// <summary>
    /// A what-if run: how many cases arrive over how many months, the seed of every random choice, and optionally the
    /// draft as the screen shows it (unsaved edits included); without it the stored latest version is the draft.
    /// </summary>
    public sealed record WhatIfRequest(int? Cases, int? Months, int? Seed, JsonObject? Definition);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapDefinitionsApi(this RouteGroupBuilder api)
    {
        var definitions = api.MapGroup("/definitions").WithTags("Ontwerpen");
        definitions.MapGet("", ListAsync).WithSummary("Werkstromen met hun laatste en gepubliceerde versie");
        definitions.MapGet("/{definitionId}", LatestAsync).WithSummary("De laatste versie (concept of gepubliceerd) als Elsa 3 JSON");
        definitions.MapGet("/{definitionId}/versions", VersionsAsync).WithSummary("Alle versies van een werkstroom");
        definitions.MapGet("/{definitionId}/versions/{version}", VersionAsync).WithSummary("Eén versie als Elsa 3 JSON");
        definitions.MapPut("/{definitionId}/draft", SaveDraftAsync)
            .WithSummary("Concept opslaan (lukt altijd, ook met problemen)")
            .WithDescription("Stores the body as the draft: replaces the latest version when it is a draft, else adds a version. " +
                "Problems do not stop a draft; they stop publishing. Only a body that is not an Elsa 3 flowchart is refused.");
        definitions.MapPost("/validate", Validate).WithSummary("Alle problemen van een definitie, elk met activiteit en veld");
        definitions.MapPost("/{definitionId}/publish", PublishAsync)
            .WithSummary("De laatste versie publiceren; geweigerd zolang er problemen zijn (400 met elk probleem)");
        definitions.MapPost("/{definitionId}/what-if", WhatIfAsync)
            .WithSummary("Wat als: het concept en de gepubliceerde versie simuleren met dezelfde zaken en seed, frictiecijfers naast elkaar")
            .WithDescription($"Runs the caseload simulator in memory (nothing is stored) on the draft and on the published version with the same " +
                $"seed and caseload, and returns lead time against the statutory terms, professional and citizen burden by rule origin, " +
                $"breaches of the municipality's statutory terms and discretion use for both. Defaults: 200 cases, 12 months, seed 2026. " +
                $"At most {WhatIfSimulation.MaxCases} cases and {WhatIfSimulation.MaxMonths} months (400 above). A draft with problems is refused (400 with each problem).");
        definitions.MapPost("/import", ImportAsync).WithSummary("Een Elsa 3 JSON-bestand importeren als concept (niets half geïmporteerd)");
        definitions.MapGet("/{definitionId}/export", ExportAsync).WithSummary("Een versie downloaden als Elsa 3 JSON-bestand");
        return api;
    }

    private static async Task<Ok<List<DefinitionSummary>>> ListAsync(IWorkflowDefinitionStore store,
        IDbContextFactory<WerkstroomDbContext> contexts, CancellationToken cancellationToken)
    {
        var changed = await ChangedAtAsync(contexts, null, cancellationToken);
        // Two reads however many workflows there are: the latest versions and the published ones.
        var published = (await store.ListPublishedAsync(cancellationToken)).ToDictionary(d => d.DefinitionId, d => d.Version, StringComparer.Ordinal);
        var result = new List<DefinitionSummary>();
        foreach (var latest in (await store.ListLatestAsync(cancellationToken)).OrderBy(d => d.Name, StringComparer.CurrentCulture))
        {
            var row = changed.GetValueOrDefault(latest.Id);
            result.Add(new(latest.DefinitionId, latest.Name, latest.Version, published.TryGetValue(latest.DefinitionId, out var version) ? version : null,
                latest.IsPublished, row.By, row.At));
        }
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<JsonObject>> LatestAsync(string definitionId, IWorkflowDefinitionStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(Json(await store.FindLatestAsync(definitionId, cancellationToken) ?? throw NotFound(definitionId)));

    private static async Task<Ok<List<VersionSummary>>> VersionsAsync(string definitionId, IWorkflowDefinitionStore store,
        IDbContextFactory<WerkstroomDbContext> contexts, CancellationToken cancellationToken)
    {
        var versions = await store.FindVersionsAsync(definitionId, cancellationToken);
        if (versions.Count == 0) throw NotFound(definitionId);
        var changed = await ChangedAtAsync(contexts, definitionId, cancellationToken);
        return TypedResults.Ok(versions.Select(v => new VersionSummary(v.Id, v.Version, v.IsLatest, v.IsPublished,
            changed.GetValueOrDefault(v.Id).By, changed.GetValueOrDefault(v.Id).At)).ToList());
    }

    // Who stored each version last and when, by version id (the store's row keeps it; the Elsa document does not, so a
    // round trip through Elsa Studio stays clean).
    private static async Task<Dictionary<string, (string? By, DateTimeOffset? At)>> ChangedAtAsync(IDbContextFactory<WerkstroomDbContext> contexts,
        string? definitionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.DefinitionVersions.AsNoTracking();
        if (definitionId is not null) rows = rows.Where(r => r.DefinitionId == definitionId);
        var found = await rows.Select(r => new { r.VersionId, r.UpdatedAt, r.ChangedBy }).ToListAsync(cancellationToken);
        return found.ToDictionary(r => r.VersionId, r => (r.ChangedBy, (DateTimeOffset?)r.UpdatedAt), StringComparer.Ordinal);
    }

    // Records the designer on the version just stored.
    private static async Task RecordChangedByAsync(IDbContextFactory<WerkstroomDbContext> contexts, string versionId, HttpContext http,
        CancellationToken cancellationToken)
    {
        var name = http.User.DisplayName();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.DefinitionVersions.Where(r => r.VersionId == versionId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ChangedBy, name.Length > 200 ? name[..200] : name), cancellationToken);
    }

    private static async Task<Ok<JsonObject>> VersionAsync(string definitionId, int version, IWorkflowDefinitionStore store,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(Json(await FindAsync(store, definitionId, version, cancellationToken)));

    private static async Task<Ok<JsonObject>> SaveDraftAsync(string definitionId, JsonObject body, DefinitionService service,
        IDbContextFactory<WerkstroomDbContext> contexts, HttpContext http, CancellationToken cancellationToken)
    {
        var definition = WorkflowDefinitionReader.Read(body);
        if (definition.DefinitionId != definitionId)
            throw new DefinitionFormatException("definitionId", ProblemCodes.DefinitionIdMismatch,
                ("definitionId", definition.DefinitionId), ("expected", definitionId));
        var saved = await service.SaveDraftAsync(definition, cancellationToken);
        await RecordChangedByAsync(contexts, saved.Id, http, cancellationToken);
        return TypedResults.Ok(Json(saved));
    }

    private static Ok<IReadOnlyList<DefinitionProblem>> Validate(JsonObject body, DefinitionValidator validator) =>
        TypedResults.Ok(validator.Validate(body.ToJsonString()).Problems);

    private static async Task<Ok<JsonObject>> PublishAsync(string definitionId, DefinitionService service,
        IDbContextFactory<WerkstroomDbContext> contexts, HttpContext http, CancellationToken cancellationToken)
    {
        var published = await service.PublishAsync(definitionId, cancellationToken);
        await RecordChangedByAsync(contexts, published.Id, http, cancellationToken);
        return TypedResults.Ok(Json(published));
    }

    private static async Task<Results<Ok<WhatIfResult>, Microsoft.AspNetCore.Http.HttpResults.ValidationProblem>> WhatIfAsync(string definitionId, WhatIfRequest request,
        IWorkflowDefinitionStore store, DefinitionValidator validator, WhatIfSimulation simulation, CancellationToken cancellationToken)
    {
        var (cases, months, seed) = (request.Cases ?? 200, request.Months ?? 12, request.Seed ?? 2026);
        var sizes = WhatIfSimulation.Problems(cases, months).ToList();
        if (sizes.Count > 0)
            return TypedResults.ValidationProblem(sizes.ToDictionary(p => p.Field, p => new[] { p.Message }),
                title: "Te groot of te klein voor een wat-als-berekening; er is niets berekend (what-if refused)");

        WorkflowDefinition draft;
        if (request.Definition is { } body)
        {
            draft = WorkflowDefinitionReader.Read(body);
            if (draft.DefinitionId != definitionId)
                throw new DefinitionFormatException("definition.definitionId", ProblemCodes.DefinitionIdMismatch,
                    ("definitionId", draft.DefinitionId), ("expected", definitionId));
        }
        else draft = await store.FindLatestAsync(definitionId, cancellationToken) ?? throw NotFound(definitionId);

        // A draft with errors cannot run; the answer names each, as publishing does (warnings, which Elsa runs too, do not stop it).
        var problems = validator.Validate(draft).Errors();
        if (problems.Count > 0) throw new DefinitionValidationException([.. problems.Select(p => (draft.DefinitionId, p))]);
        return TypedResults.Ok(await simulation.RunAsync(draft, cases, months, seed, cancellationToken));
    }

    private static async Task<Ok<JsonObject>> ImportAsync(JsonObject body, DefinitionService service, IWorkflowDefinitionStore store,
        IDbContextFactory<WerkstroomDbContext> contexts, HttpContext http, CancellationToken cancellationToken)
    {
        var definition = WorkflowDefinitionReader.Read(body);
        // Importing the same content twice stores nothing new; either way the answer is what is stored now.
        await service.ImportAsync([("upload", definition)], publish: false, cancellationToken);
        var latest = await store.FindLatestAsync(definition.DefinitionId, cancellationToken) ?? throw NotFound(definition.DefinitionId);
        await RecordChangedByAsync(contexts, latest.Id, http, cancellationToken);
        return TypedResults.Ok(Json(latest));
    }

    private static async Task<FileContentHttpResult> ExportAsync(string definitionId, IWorkflowDefinitionStore store,
        int? version = null, CancellationToken cancellationToken = default)
    {
        var definition = version is { } number
            ? await FindAsync(store, definitionId, number, cancellationToken)
            : await store.FindLatestAsync(definitionId, cancellationToken) ?? throw NotFound(definitionId);
        return TypedResults.File(Encoding.UTF8.GetBytes(definition.ToJson()), "application/json", $"{definitionId}-v{definition.Version}.json");
    }

    private static async Task<WorkflowDefinition> FindAsync(IWorkflowDefinitionStore store, string definitionId, int version,
        CancellationToken cancellationToken) =>
        (await store.FindVersionsAsync(definitionId, cancellationToken)).FirstOrDefault(v => v.Version == version)
        ?? throw new WorkflowNotFoundException($"workflow '{definitionId}' has no version {version}");

    private static JsonObject Json(WorkflowDefinition definition) => WorkflowDefinitionWriter.ToJsonObject(definition);

    private static WorkflowNotFoundException NotFound(string definitionId) => new($"no workflow definition '{definitionId}'");
}
