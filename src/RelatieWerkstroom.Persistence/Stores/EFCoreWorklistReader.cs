using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>
/// Reads the worklist from its table (<see cref="WorklistEntries"/>): the access rule, the filters, the counts, the
/// sort and the page are all in the queries, so a page costs the same with ten open tasks or a million.
/// </summary>
public sealed class EFCoreWorklistReader(IDbContextFactory<WerkstroomDbContext> contexts) : IWorklistReader
{
    /// <inheritdoc />
    public async Task<WorklistResult> ReadAsync(WorklistRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = Visible(db.WorklistEntries.AsNoTracking(), request);

        // One pass over what the user sees gives both filters' counts, and the total when only team or workflow filter.
        var groups = await visible.GroupBy(e => new { e.TeamKey, e.DefinitionId })
            .Select(g => new { g.Key.TeamKey, g.Key.DefinitionId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var teamKey = request.Team is { } team ? CaseFileMapper.TeamKey(team) : null;

        var matching = visible;
        if (teamKey is not null) matching = matching.Where(e => e.TeamKey == teamKey);
        if (request.DefinitionId is { } definitionId) matching = matching.Where(e => e.DefinitionId == definitionId);
        int total;
        if (request.DueBefore is { } dueBefore)
        {
            var day = dueBefore.DayNumber;
            matching = matching.Where(e => e.DeadlineDay < day);
            total = await matching.CountAsync(cancellationToken);
        }
        else
        {
            total = groups.Where(g => (teamKey is null || g.TeamKey == teamKey) && (request.DefinitionId is null || g.DefinitionId == request.DefinitionId))
                .Sum(g => g.Count);
        }
        var page = total == 0 || request.Take <= 0 ? [] : await matching
            .OrderBy(e => e.DeadlineDay).ThenBy(e => e.OpenedAt).ThenBy(e => e.BookmarkId)
            .Skip(request.Skip).Take(request.Take)
            .Select(e => e.ItemJson)
            .ToListAsync(cancellationToken);
        return new WorklistResult(
            [.. page.Select(WorklistEntries.ToItem)], total,
            Counts(groups.Select(g => (g.TeamKey, g.Count))), Counts(groups.Select(g => (g.DefinitionId, g.Count))));
    }

    private static List<WorklistCount> Counts(IEnumerable<(string Value, int Count)> groups) =>
        [.. groups.GroupBy(g => g.Value, StringComparer.Ordinal).Select(g => new WorklistCount(g.Key, g.Sum(x => x.Count))).OrderBy(c => c.Value, StringComparer.Ordinal)];

    // What the user may see and act on, before the team, workflow and due filters (the counts are over this).
    private static IQueryable<WorklistEntryRow> Visible(IQueryable<WorklistEntryRow> rows, WorklistRequest request)
    {
        var user = request.User;
        var teamKey = CaseFileMapper.TeamKey(user.Team);
        rows = user.HasRole(Roles.Jurist)
            ? rows.Where(e => e.TeamKey == teamKey || e.IsBezwaar)
            : rows.Where(e => e.TeamKey == teamKey);
        // Work open to any role is work for anyone who holds a role (OpenTask.MayAct).
        if (!request.AllRoles) rows = rows.Where(AnyRoleOf(user.Roles.Count == 0 ? null : user.Roles));
        if (request.Role is { } role) rows = rows.Where(AnyRoleOf([role]));
        if (request.Assignee is { } assignee) rows = rows.Where(e => e.Responsible == assignee);
        return rows;
    }

    // e => e.RolesKey == "" || e.RolesKey.Contains("|r1|") || …; with no roles, only rows nobody may act on (none).
    private static Expression<Func<WorklistEntryRow, bool>> AnyRoleOf(IReadOnlyList<string>? roles)
    {
        if (roles is null) return e => false;
        var entry = Expression.Parameter(typeof(WorklistEntryRow), "e");
        var key = Expression.Property(entry, nameof(WorklistEntryRow.RolesKey));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression body = Expression.Equal(key, Expression.Constant(""));
        foreach (var role in roles.Select(WorklistEntries.RoleKey).Distinct(StringComparer.Ordinal))
            body = Expression.OrElse(body, Expression.Call(key, contains, Parameter(role)));
        return Expression.Lambda<Func<WorklistEntryRow, bool>>(body, entry);
    }

    // A captured value, so EF Core sends the role as a query parameter instead of writing it into the SQL.
    private static Expression Parameter(string value) =>
        Expression.Property(Expression.Constant(new Holder(value)), nameof(Holder.Value));

    private sealed record Holder(string Value);
}
