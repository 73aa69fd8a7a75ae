using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Apis;

/// <summary>
/// <c>/api/instances</c>: workflow instances for designers, auditors and administrators: list and filter, one instance
/// with its bookmarks and incidents, its journal, and the retry of a faulted instance (administrators). No payload,
/// variable or input of an instance leaves here, for anyone: they may carry what a citizen told the municipality.
/// Auditors also get no case file id, no person behind an actor and no fault message. A script's fault shows its error, not its source.
/// </summary>
public static class InstancesApi
{
    /// <summary>The largest page the API hands out.</summary>
    public const int MaxPageSize = 200;

    /// <summary>One page of instances, newest change first.</summary>
    public sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, int Total, int Page, int PageSize);

    /// <summary>An instance in a list; <paramref name="Incident"/> is set while it is faulted.</summary>
    public sealed record InstanceSummary(string Id, string DefinitionId, string? DefinitionName, int DefinitionVersion, string Status,
        string? CaseFileId, string? ParentInstanceId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt,
        IncidentView? Incident);

    /// <summary>One instance: where it waits (bookmarks) and what went wrong (incidents, the open one first).</summary>
    public sealed record InstanceDetails(string Id, string DefinitionId, string? DefinitionName, int DefinitionVersion, string Status,
        string? CaseFileId, string? ParentInstanceId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt,
        IReadOnlyList<BookmarkView> Bookmarks, IReadOnlyList<IncidentView> Incidents);

    /// <summary>A point where the instance waits: a task, discretion point, timer, event or sub-workflow.</summary>
    public sealed record BookmarkView(string Id, string ActivityId, string ActivityType, string Kind, string? Name, DateTimeOffset? DueAt,
        DateTimeOffset CreatedAt);

    /// <summary>A fault: the activity, when, and (not for auditors) the message; <paramref name="Open"/> until a retry.</summary>
    public sealed record IncidentView(string ActivityId, string? ActivityType, string? ActivityName, string? Message, string? ExceptionType,
        DateTimeOffset Timestamp, bool Open);

    /// <summary>One journal event of an instance, without its payload.</summary>
    public sealed record JournalRowView(long Sequence, DateTimeOffset Timestamp, string Kind, string? ActivityId, string? ActivityType,
        string? ActivityName, string? Outcome, string? Actor);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapInstancesApi(this RouteGroupBuilder api)
    {
        var instances = api.MapGroup("/instances").WithTags("Instanties");
        instances.MapGet("", ListAsync).WithSummary("Instanties, gefilterd op werkstroom en status, nieuwste wijziging eerst")
            .WithDescription("Filters: definitionId, status (Running, Suspended, Finished, Faulted, Cancelled). Paged on the server: page (from 1), pageSize (1-200).");
        instances.MapGet("/{id}", GetAsync).WithSummary("Eén instantie met haar wachtpunten (bookmarks) en incidenten");
        instances.MapGet("/{id}/journal", JournalAsync).WithSummary("Het journaal van een instantie, zonder inhoud (payload)");
        instances.MapPost("/{id}/retry", RetryAsync).WithSummary("Een vastgelopen (faulted) instantie opnieuw laten lopen vanaf de fout")
            .WithDescription("Only a faulted instance can be retried; any other status is a 409 problem and nothing changes.");
        return api;
    }

    private static async Task<Ok<InstancePage>> ListAsync(HttpContext context, IDbContextFactory<WerkstroomDbContext> contexts,
        IWorkflowInstanceStore store, IWorkflowDefinitionStore definitions, IJournalReader journal,
        string? definitionId = null, string? status = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var problems = new List<CommandProblem>();
        WorkflowStatus? wanted = null;
        if (status is { Length: > 0 })
        {
            if (Enum.TryParse<WorkflowStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) wanted = parsed;
            else problems.Add(new("status", $"Status '{status}' bestaat niet; kies uit {string.Join(", ", Enum.GetNames<WorkflowStatus>())} (unknown status)"));
        }
        if (page < 1) problems.Add(new("page", $"Pagina {page} bestaat niet; de eerste is 1 (page starts at 1)"));
        if (pageSize is < 1 or > MaxPageSize) problems.Add(new("pageSize", $"Paginagrootte {pageSize} ligt niet tussen 1 en {MaxPageSize} (page size out of range)"));
        if (problems.Count > 0) throw new CommandValidationException(problems);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Instances.AsNoTracking();
        if (definitionId is { Length: > 0 }) rows = rows.Where(r => r.DefinitionId == definitionId);
        if (wanted is { } s) rows = rows.Where(r => r.Status == s);
        var total = await rows.CountAsync(cancellationToken);
        var found = await rows.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new { r.Id, r.DefinitionId, r.DefinitionVersion, r.Status, r.CorrelationId, r.ParentInstanceId, r.CreatedAt, r.UpdatedAt, r.FinishedAt })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(definitions, cancellationToken);
        var auditor = IsAuditorOnly(context.User);
        var items = new List<InstanceSummary>(found.Count);
        foreach (var r in found)
        {
            // The incident lives in the instance's state; only faulted ones on this page are loaded.
            var incident = r.Status == WorkflowStatus.Faulted && await store.FindAsync(r.Id, cancellationToken) is { Incident: { } open }
                ? View(open, await FaultedStepNameAsync(journal, r.Id, open.ActivityId, cancellationToken), auditor, isOpen: true)
                : null;
            items.Add(new(r.Id, r.DefinitionId, names.GetValueOrDefault(r.DefinitionId), r.DefinitionVersion, r.Status.ToString(),
                auditor ? null : r.CorrelationId, r.ParentInstanceId, r.CreatedAt, r.UpdatedAt, r.FinishedAt, incident));
        }
        return TypedResults.Ok(new InstancePage(items, total, page, pageSize));
    }

    private static async Task<Ok<InstanceDetails>> GetAsync(string id, HttpContext context, IWorkflowInstanceStore store, IJournalReader journal,
        IWorkflowDefinitionStore definitions, CancellationToken cancellationToken)
    {
        var instance = await FindAsync(store, id, cancellationToken);
        var auditor = IsAuditorOnly(context.User);
        // Every fault is in the journal; the newest is still open while the instance is faulted.
        var faults = new List<IncidentView>();
        await foreach (var entry in journal.ReadAsync(0, id, cancellationToken))
            if (entry.Kind == JournalEvents.ActivityFaulted && entry.ActivityId is not null)
                faults.Add(new IncidentView(entry.ActivityId, entry.ActivityType, entry.ActivityName, auditor ? null : MessageOf(entry.PayloadJson),
                    null, entry.Timestamp, Open: false));
        faults.Reverse();
        if (instance.Incident is { } open)
        {
            var name = faults.Count > 0 && faults[0].ActivityId == open.ActivityId ? faults[0].ActivityName : null;
            if (faults.Count > 0) faults.RemoveAt(0);
            faults.Insert(0, View(open, name, auditor, isOpen: true));
        }
        var incidents = faults;
        var names = await NamesAsync(definitions, cancellationToken);
        return TypedResults.Ok(new InstanceDetails(instance.Id, instance.DefinitionId, names.GetValueOrDefault(instance.DefinitionId),
            instance.DefinitionVersion, instance.Status.ToString(), auditor ? null : instance.CorrelationId, instance.ParentInstanceId,
            instance.CreatedAt, instance.UpdatedAt, instance.FinishedAt,
            instance.Bookmarks.Select(b => new BookmarkView(b.Id, b.ActivityId, b.ActivityType, b.Kind, b.Name, b.DueAt, b.CreatedAt)).ToList(),
            incidents));
    }

    private static async Task<Ok<List<JournalRowView>>> JournalAsync(string id, HttpContext context, IWorkflowInstanceStore store,
        IJournalReader journal, CancellationToken cancellationToken)
    {
        await FindAsync(store, id, cancellationToken);
        var auditor = IsAuditorOnly(context.User);
        var rows = new List<JournalRowView>();
        await foreach (var entry in journal.ReadAsync(0, id, cancellationToken))
            rows.Add(new(entry.Sequence, entry.Timestamp, entry.Kind, entry.ActivityId, entry.ActivityType, entry.ActivityName, entry.Outcome,
                auditor ? ActorForAuditor(entry.Actor) : entry.Actor));
        return TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<RunResult>, ProblemHttpResult>> RetryAsync(string id, HttpContext context, IWorkflowInstanceStore store,
        WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var instance = await FindAsync(store, id, cancellationToken);
        if (instance.Status != WorkflowStatus.Faulted)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Niet vastgelopen; er is niets gewijzigd (not faulted; nothing was changed)",
                detail: $"Instantie {id} heeft status {instance.Status}; alleen een vastgelopen (Faulted) instantie kan opnieuw lopen.");
        var result = await runtime.RetryAsync(id, context.User.UserName(), cancellationToken);
        // The caller sees status, bookmarks and incident (the error, not the script); the output may carry personal data and
        // stays in the engine.
        return TypedResults.Ok(result with
        {
            Output = [],
            Incident = result.Incident is { } incident ? incident with { Message = ExpressionException.WithoutScript(incident.Message) } : null,
        });
    }

    private static async Task<WorkflowInstance> FindAsync(IWorkflowInstanceStore store, string id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) ?? throw new WorkflowNotFoundException($"Er is geen instantie '{id}' (no workflow instance '{id}')");

    private static async Task<Dictionary<string, string>> NamesAsync(IWorkflowDefinitionStore definitions, CancellationToken cancellationToken) =>
        (await definitions.ListLatestAsync(cancellationToken)).ToDictionary(d => d.DefinitionId, d => d.Name, StringComparer.Ordinal);

    // The incident keeps the step's id; its name (what the Incidenten screen shows) is on the fault's journal entry.
    private static async Task<string?> FaultedStepNameAsync(IJournalReader journal, string instanceId, string activityId, CancellationToken cancellationToken)
    {
        string? name = null;
        await foreach (var entry in journal.ReadAsync(0, instanceId, cancellationToken))
            if (entry.Kind == JournalEvents.ActivityFaulted && entry.ActivityId == activityId) name = entry.ActivityName;
        return name;
    }

    private static IncidentView View(Incident incident, string? activityName, bool auditor, bool isOpen) =>
        new(incident.ActivityId, incident.ActivityType, activityName, auditor ? null : ExpressionException.WithoutScript(incident.Message), incident.ExceptionType,
            incident.Timestamp, isOpen);

    // An auditor who is not also a designer or administrator: sees instances the way reports show them.
    private static bool IsAuditorOnly(ClaimsPrincipal user) =>
        user.IsInRole(WebRoles.Auditor) && !user.IsInRole(WebRoles.Designer) && !user.IsInRole(WebRoles.Administrator);

    // The scheduler and the engine stay named; a person becomes a role-less "medewerker".
    private static string? ActorForAuditor(string? actor) =>
        actor is null ? null : actor.StartsWith("system", StringComparison.Ordinal) ? actor : "medewerker";

    private static string? MessageOf(string? payload)
    {
        if (payload is null) return null;
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(payload)?["message"]?.GetValue<string>() is { } message ? ExpressionException.WithoutScript(message) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
