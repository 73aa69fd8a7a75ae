using RelatieWerkstroom.Casework.Users;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>
/// Reads a worklist: the open tasks and discretion points a user may see, filtered, counted and one page of them,
/// earliest deadline first. The database registers a reader over its worklist table (paged in the query); without
/// one, <see cref="StoreWorklistReader"/> reads the stores.
/// </summary>
public interface IWorklistReader
{
    /// <summary>Reads what <paramref name="request"/> asks for.</summary>
    Task<WorklistResult> ReadAsync(WorklistRequest request, CancellationToken cancellationToken = default);
}

/// <summary>Which open work to list.</summary>
/// <param name="User">Whose worklist: the case files of the user's team (and, for a jurist, every bezwaar case).</param>
/// <param name="Role">Only work for this role (or for any role).</param>
/// <param name="Assignee">Only work held by this user (claim or assignee), or, when free, on cases assigned to this user.</param>
/// <param name="AllRoles">Also work for roles the user does not hold (a teamleider's overview).</param>
/// <param name="Team">Only work of this team (a filter within what the user sees).</param>
/// <param name="DefinitionId">Only work of this workflow.</param>
/// <param name="DueBefore">Only work whose deadline is before this day.</param>
/// <param name="Skip">How many items of the sorted list to leave out (the pages before).</param>
/// <param name="Take">How many items to return at most.</param>
public sealed record WorklistRequest(
    User User,
    string? Role = null,
    string? Assignee = null,
    bool AllRoles = false,
    string? Team = null,
    string? DefinitionId = null,
    DateOnly? DueBefore = null,
    int Skip = 0,
    int Take = int.MaxValue)
{
    /// <summary>Whether a team filter matches <paramref name="team"/> (teams compare case-insensitively).</summary>
    public bool MatchesTeam(string team) => Team is null || string.Equals(Team, team, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a workflow filter matches <paramref name="definitionId"/>.</summary>
    public bool MatchesDefinition(string definitionId) => DefinitionId is null || string.Equals(DefinitionId, definitionId, StringComparison.Ordinal);

    /// <summary>Whether a deadline passes the due-before filter (work without a deadline never does).</summary>
    public bool MatchesDue(DateOnly? deadline) => DueBefore is null || (deadline is { } day && day < DueBefore);
}

/// <summary>
/// One page of a worklist, how many items match the filters in all, and per team and per workflow how many items
/// the user's worklist holds before the team, workflow and due filters (so a filter never offers an empty choice).
/// </summary>
public sealed record WorklistResult(IReadOnlyList<WorklistItem> Items, int Total, IReadOnlyList<WorklistCount> Teams, IReadOnlyList<WorklistCount> Workflows);

/// <summary>A filter value (a team as <see cref="CaseFiles.CaseFileAccess.TeamKey"/> writes it, or a definition id) and how many open items it has.</summary>
public sealed record WorklistCount(string Value, int Count);
