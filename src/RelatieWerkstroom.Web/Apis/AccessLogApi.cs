using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Web.AccessLog;
using RelatieWerkstroom.Web.Identity;

namespace RelatieWerkstroom.Web.Apis;

/// <summary><c>GET /api/access-log</c>: who opened which case file, when and why, newest first (administrators; there is no way to change it).</summary>
public static class AccessLogApi
{
    /// <summary>The largest page handed out.</summary>
    public const int MaxPageSize = 200;

    /// <summary>One page of the access log and how many entries match in all.</summary>
    public sealed record AccessLogPage(IReadOnlyList<AccessLogItem> Items, int Total, int Page, int PageSize);

    /// <summary>One opening of a case file: sequence number, when (UTC), who in which roles, which case, why, and what was opened.</summary>
    public sealed record AccessLogItem(long Id, DateTimeOffset At, string UserName, string Roles, string CaseFileId, string Purpose, string Request);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapAccessLogApi(this RouteGroupBuilder api)
    {
        api.MapGet("/access-log", GetAsync).WithTags("Beheer")
            .WithSummary("Toegangslog: wie opende welk dossier, wanneer en waarom (NEN 7513)")
            .WithDescription("Filters: caseFileId, userName, from and to (YYYY-MM-DD, UTC days, inclusive). Paged: page (from 1), pageSize (1-200). Read-only.");
        return api;
    }

    private static async Task<Ok<AccessLogPage>> GetAsync(WebDbContext db, string? caseFileId = null, string? userName = null, DateOnly? from = null,
        DateOnly? to = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var problems = new List<CommandProblem>();
        if (page < 1) problems.Add(new("page", $"Pagina {page} bestaat niet; de eerste is 1 (page starts at 1)"));
        if (pageSize is < 1 or > MaxPageSize) problems.Add(new("pageSize", $"Paginagrootte {pageSize} ligt niet tussen 1 en {MaxPageSize} (page size out of range)"));
        if (from is { } f && to is { } t && t < f) problems.Add(new("to", "De einddatum ligt voor de begindatum (to is before from)"));
        if (problems.Count > 0) throw new CommandValidationException(problems);

        IQueryable<AccessLogEntry> query = db.AccessLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(caseFileId)) query = query.Where(e => e.CaseFileId == caseFileId.Trim());
        if (!string.IsNullOrWhiteSpace(userName)) query = query.Where(e => e.UserName == userName.Trim());
        if (from is { } start)
        {
            var since = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc >= since);
        }
        if (to is { } end)
        {
            var before = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc < before);
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = rows.Select(e => new AccessLogItem(e.Id, new DateTimeOffset(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc)), e.UserName, e.Roles,
            e.CaseFileId, e.Purpose, e.Request)).ToList();
        return TypedResults.Ok(new AccessLogPage(items, total, page, pageSize));
    }
}
