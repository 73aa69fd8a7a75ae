using System.Globalization;
using RelatieWerkstroom.Casework.Users;

namespace RelatieWerkstroom.Simulation;

/// <summary>The simulated people of each team: per role as many as the team's staff, each user made once and reused.</summary>
internal sealed class SimulatedStaff(Random random)
{
    private readonly Dictionary<string, User> _users = new(StringComparer.Ordinal);

    /// <summary>Someone of <paramref name="team"/> holding <paramref name="role"/>, drawn evenly.</summary>
    public User Pick(SimulatedTeam team, string role) =>
        WithId(string.Create(CultureInfo.InvariantCulture, $"u-{team.Id}-{role}-{1 + random.Next(team.StaffPerRole)}"), team, role);

    /// <summary>The one person of <paramref name="team"/> with a front-office <paramref name="function"/> (intake).</summary>
    public User ForFunction(SimulatedTeam team, string function) => WithId($"u-{team.Id}-{function}", team, Roles.Klantcontact);

    /// <summary>The user with <paramref name="id"/> (a task's assignee), made with <paramref name="role"/> in <paramref name="team"/> on first use.</summary>
    public User WithId(string id, SimulatedTeam team, string role)
    {
        if (!_users.TryGetValue(id, out var user))
        {
            user = new User(id, id, [role], team.Id);
            _users[id] = user;
        }
        return user;
    }
}
