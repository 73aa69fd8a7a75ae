using MediatR;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// Finds the case files a user may see (see <see cref="CaseFileAccess"/>): the own team's, and for a jurist the bezwaar
/// cases of every team; most recently opened first, a page at a time. Only case data, no personal data.
/// </summary>
public static class SearchCaseFiles
{
    /// <summary>The largest page handed out.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Searches as <paramref name="User"/>.</summary>
    /// <param name="User">Whose scope.</param>
    /// <param name="Text">Part of the case id or title (ignoring case and diacritics).</param>
    /// <param name="Zaaktype">Only this zaaktype.</param>
    /// <param name="Status">Only open or closed case files.</param>
    /// <param name="Assignee">Only case files this user is responsible for.</param>
    /// <param name="Page">Page number, from 1.</param>
    /// <param name="PageSize">Items per page (1 to <see cref="MaxPageSize"/>).</param>
    public sealed record Query(User User, string? Text = null, string? Zaaktype = null, CaseFileStatus? Status = null, string? Assignee = null,
        int Page = 1, int PageSize = 25) : IRequest<CaseFilePage>;

    /// <summary>Page and page size must be in range; the search text is short.</summary>
    public sealed class Validator : ICommandValidator<Query>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Query query)
        {
            if (query.Page < 1) yield return new("page", $"Pagina {query.Page} bestaat niet; de eerste is 1 (page starts at 1)");
            if (query.PageSize is < 1 or > MaxPageSize)
                yield return new("pageSize", $"Paginagrootte {query.PageSize} ligt niet tussen 1 en {MaxPageSize} (page size out of range)");
            if (query.Text is { Length: > 100 }) yield return new("text", "Zoektekst is langer dan 100 tekens (search text too long)");
        }
    }

    /// <summary>
    /// Pages the case files the user may see (<see cref="CaseFileAccess.VisibleTo"/>) in the store: filters, count and
    /// page in one query each, for a jurist (whose scope includes every team's bezwaar cases) as for everyone else.
    /// </summary>
    public sealed class Handler(ICommandValidator<Query> validator, ICaseFileStore caseFiles) : IRequestHandler<Query, CaseFilePage>
    {
        /// <inheritdoc />
        public async Task<CaseFilePage> Handle(Query request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            if (CaseFileAccess.VisibleTo(request.User) is not { } scope) return new CaseFilePage([], 0, request.Page, request.PageSize);
            var text = request.Text?.Trim() is { Length: > 0 } t ? t : null;
            var skip = (request.Page - 1) * request.PageSize;
            var query = scope with { Assignee = request.Assignee, Zaaktype = request.Zaaktype, Status = request.Status, Text = text };
            var total = await caseFiles.CountAsync(query, cancellationToken);
            IReadOnlyList<CaseFile> page = skip >= total ? [] : await caseFiles.QueryAsync(query with { Skip = skip, Take = request.PageSize }, cancellationToken);
            return new CaseFilePage(page.Select(Summary).ToList(), total, request.Page, request.PageSize);
        }

        private static CaseFileSummary Summary(CaseFile file)
        {
            // The inwoner's own terms (bezwaartermijn) are no deadline of the team's work.
            var clock = file.RunningClocks().Where(c => c.Deadline is not null && !c.Profile.IsCitizensTerm).MinBy(c => c.Deadline);
            return new CaseFileSummary(file.Id, file.Zaaktype, file.Title, file.Team, file.Assignee, file.Status, file.OpenedAt, file.ClosedAt,
                clock?.Name, clock?.Deadline, CaseFileAccess.IsBezwaarCase(file));
        }
    }
}

/// <summary>One page of case files and how many there are in all.</summary>
public sealed record CaseFilePage(IReadOnlyList<CaseFileSummary> Items, int Total, int Page, int PageSize);

/// <summary>A case file in a list (no personal data).</summary>
/// <param name="Id">Case file id.</param>
/// <param name="Zaaktype">Zaaktype.</param>
/// <param name="Title">Short description.</param>
/// <param name="Team">The owning team.</param>
/// <param name="Assignee">The caseworker responsible.</param>
/// <param name="Status">Open or closed.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="ClosedAt">When it was closed.</param>
/// <param name="ClockName">The running clock with the earliest deadline.</param>
/// <param name="ClockDeadline">Its deadline.</param>
/// <param name="Bezwaar">Whether a bezwaar runs or ran in the case.</param>
public sealed record CaseFileSummary(string Id, string Zaaktype, string? Title, string Team, string? Assignee, CaseFileStatus Status,
    DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? ClockName, DateOnly? ClockDeadline, bool Bezwaar);
