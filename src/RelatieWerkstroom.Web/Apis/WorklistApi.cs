using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Web.Identity;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Apis;

/// <summary><c>GET /api/worklist</c>: open tasks and discretion points the user may act on, earliest deadline first, a page at a time.</summary>
public static class WorklistApi
{
    /// <summary>The largest page the API hands out.</summary>
    public const int MaxPageSize = 200;

    /// <summary>One page of the worklist, how many items there are in all, and the teams and workflows to filter on.</summary>
    public sealed record WorklistPage(IReadOnlyList<WorklistItem> Items, int Total, int Page, int PageSize,
        IReadOnlyList<WorklistFacet> Teams, IReadOnlyList<WorklistFacet> Workflows);

    /// <summary>One filter value (team id or definition id), its name, and how many open items it has.</summary>
    public sealed record WorklistFacet(string Value, string Label, int Count);

    /// <summary>Someone a teamleider can give a task to: a colleague of the own team who acts in a casework role.</summary>
    public sealed record Assignee(string UserName, string DisplayName, IReadOnlyList<string> Roles);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapWorklistApi(this RouteGroupBuilder api)
    {
        api.MapGet("/worklist/assignees", AssigneesAsync).WithTags("Werkvoorraad")
            .WithSummary("Aan wie een teamleider taken kan toewijzen: de collega's van het eigen team met een rol in het zaakwerk");
        api.MapGet("/worklist", GetAsync).WithTags("Werkvoorraad")
            .WithSummary("Mijn werkvoorraad: taken en beslispunten van mijn team, op deadline gesorteerd")
            .WithDescription("Filters: team, role (casework role, e.g. consulent), assignee (user name), dueBefore (YYYY-MM-DD), definitionId, " +
                "allRoles (also work for roles the user does not hold). Paged on the server: page (from 1), pageSize (1-200).");
        return api;
    }

    private static async Task<Ok<WorklistPage>> GetAsync(HttpContext context, IMediator mediator, IMunicipalitySettings settings,
        IWorkflowDefinitionStore definitions,
        string? team = null, string? role = null, string? assignee = null, DateOnly? dueBefore = null, string? definitionId = null,
        bool allRoles = false, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var problems = new List<CommandProblem>();
        if (page < 1) problems.Add(new("page", $"Pagina {page} bestaat niet; de eerste is 1 (page starts at 1)"));
        if (pageSize is < 1 or > MaxPageSize) problems.Add(new("pageSize", $"Paginagrootte {pageSize} ligt niet tussen 1 en {MaxPageSize} (page size out of range)"));
        if (problems.Count > 0) throw new CommandValidationException(problems);

        var request = new WorklistRequest(context.User.ToCaseworkUser(), role, assignee, allRoles, team, definitionId, dueBefore,
            Skip: (int)Math.Min(int.MaxValue, (page - 1L) * pageSize), Take: pageSize);
        var result = await mediator.Send(new GetWorklist.PageQuery(request), cancellationToken);
        var workflowNames = (await definitions.ListLatestAsync(cancellationToken)).ToDictionary(d => d.DefinitionId, d => d.Name, StringComparer.Ordinal);
        var teams = Facets(result.Teams, id => settings.Teams.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase))?.Name ?? id);
        var workflows = Facets(result.Workflows, id => workflowNames.GetValueOrDefault(id) ?? id);
        return TypedResults.Ok(new WorklistPage(result.Items, result.Total, page, pageSize, teams, workflows));
    }

    private static async Task<Ok<IReadOnlyList<Assignee>>> AssigneesAsync(HttpContext context, TeamMembers members, CancellationToken cancellationToken)
    {
        var team = await members.OfTeamAsync(context.User.ToCaseworkUser().Team, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<Assignee>>([.. team.Select(u => new Assignee(u.Id, u.DisplayName, u.Roles))]);
    }

    // The values present in the user's whole worklist, so a filter never offers an empty choice.
    private static List<WorklistFacet> Facets(IEnumerable<WorklistCount> counts, Func<string, string> label) =>
        [.. counts.Select(c => new WorklistFacet(c.Value, label(c.Value), c.Count)).OrderBy(f => f.Label, StringComparer.CurrentCulture)];
}
