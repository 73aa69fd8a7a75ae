namespace RelatieWerkstroom.Casework.Users;

/// <summary>A person working with case files: who they are, which roles they hold and which team they belong to.</summary>
/// <param name="Id">Stable user id (recorded as actor; not a name).</param>
/// <param name="DisplayName">Name shown in the UI; never journalled.</param>
/// <param name="Roles">Roles such as <c>consulent</c> or <c>teamleider</c> (see <see cref="Users.Roles"/>).</param>
/// <param name="Team">The team whose case files the user sees.</param>
public sealed record User(string Id, string DisplayName, IReadOnlyList<string> Roles, string Team)
{
    /// <summary>Whether the user holds the role (roles compare case-insensitively).</summary>
    public bool HasRole(string role) => Roles.Any(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first of <paramref name="roles"/> the user holds, or null.</summary>
    public string? FirstRoleOf(IEnumerable<string> roles) => roles.FirstOrDefault(HasRole);

    /// <summary>Whether the user works in the team (ids compare case-insensitively).</summary>
    public bool IsInTeam(string? team) => team is not null && string.Equals(Team, team, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Id; // keeps display names out of logs by accident
}
