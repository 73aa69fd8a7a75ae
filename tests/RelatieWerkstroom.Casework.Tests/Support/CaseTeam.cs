using RelatieWerkstroom.Casework.Users;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>One user per role, all in the team that owns the case (case files are visible to their team only).</summary>
public sealed class CaseTeam(string team, IEnumerable<string> roles)
{
    /// <summary>The members, in a fixed order: the first that may act on a task takes it.</summary>
    public IReadOnlyList<User> Members { get; } =
        [.. roles.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).Select(r => new User($"u-{r}", $"Medewerker {r}", [r], team))];

    public string Team { get; } = team;

    /// <summary>The member holding <paramref name="role"/>.</summary>
    public User For(string role) =>
        Members.FirstOrDefault(u => u.HasRole(role)) ?? throw new InvalidOperationException($"team {Team} has no member with role '{role}'");
}
