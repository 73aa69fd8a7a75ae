using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>The people of a team as Casework sees them (user name, display name, casework roles), read from Identity.</summary>
public sealed class TeamMembers(UserManager<WerkstroomUser> users)
{
    /// <summary>The user with this user name as a Casework user, or null when there is none.</summary>
    public async Task<User?> FindAsync(string userName)
    {
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName);
        return user is null ? null : await ToCaseworkUserAsync(user);
    }

    /// <summary>Everyone in <paramref name="team"/> who acts in a casework role, by display name.</summary>
    public async Task<IReadOnlyList<User>> OfTeamAsync(string team, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(team)) return [];
        var members = await users.Users.Where(u => u.Team == team).ToListAsync(cancellationToken);
        var result = new List<User>();
        foreach (var member in members)
        {
            var user = await ToCaseworkUserAsync(member);
            if (user.Roles.Count > 0) result.Add(user);
        }
        return [.. result.OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)];
    }

    private async Task<User> ToCaseworkUserAsync(WerkstroomUser user)
    {
        var webRoles = await users.GetRolesAsync(user);
        var roles = webRoles.Where(r => r is WebRoles.Caseworker or WebRoles.Teamlead)
            .SelectMany(WebRoles.CaseworkRolesOf).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new User(user.UserName ?? "", user.DisplayName, roles, user.Team);
    }
}
