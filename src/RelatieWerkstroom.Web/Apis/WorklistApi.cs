using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Apis;

/// <summary><c>GET /api/worklist</c>: open tasks and discretion points the user may act on, earliest deadline first, a page at a time.</summary>
public static class WorklistApi
{
    /// <summary>The largest page the API hands out.</summary>
    public const int MaxPageSize = 200;

    /// <summary>One page of the worklist and how many items there are in all.</summary>
    public sealed record WorklistPage(IReadOnlyList<WorklistItem> Items, int Total, int Page, int PageSize);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapWorklistApi(this RouteGroupBuilder api)
    {
        api.MapGet("/worklist", GetAsync).WithTags("Werkvoorraad")
            .WithSummary("Mijn werkvoorraad: taken en beslispunten van mijn team, op deadline gesorteerd")
            .WithDescription("Filters: team, role (casework role, e.g. consulent), assignee (user name), dueBefore (YYYY-MM-DD), " +
                "allRoles (also work for roles the user does not hold). Paged on the server: page (from 1), pageSize (1-200).");
        return api;
    }

    private static async Task<Ok<WorklistPage>> GetAsync(HttpContext context, IMediator mediator,
        string? team = null, string? role = null, string? assignee = null, DateOnly? dueBefore = null, bool allRoles = false,
        int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var problems = new List<CommandProblem>();
        if (page < 1) problems.Add(new("page", $"Pagina {page} bestaat niet; de eerste is 1 (page starts at 1)"));
        if (pageSize is < 1 or > MaxPageSize) problems.Add(new("pageSize", $"Paginagrootte {pageSize} ligt niet tussen 1 en {MaxPageSize} (page size out of range)"));
        if (problems.Count > 0) throw new CommandValidationException(problems);

        var items = await mediator.Send(new GetWorklist.Query(context.User.ToCaseworkUser(), role, assignee, allRoles), cancellationToken);
        var filtered = items
            .Where(i => team is null || string.Equals(i.Team, team, StringComparison.OrdinalIgnoreCase))
            .Where(i => dueBefore is null || (i.Deadline is { } deadline && deadline < dueBefore))
            .ToList();
        var pageItems = filtered.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return TypedResults.Ok(new WorklistPage(pageItems, filtered.Count, page, pageSize));
    }
}
