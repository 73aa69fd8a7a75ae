using System.Security.Claims;
using RelatieWerkstroom.Casework.Users;

namespace RelatieWerkstroom.Web.Security;

/// <summary>The signed-in person as the API and Casework see them, read from the authentication cookie's claims.</summary>
public static class CurrentUser
{
    /// <summary>Claim with the team id.</summary>
    public const string TeamClaim = "team";

    /// <summary>Claim with the display name.</summary>
    public const string DisplayNameClaim = "display_name";

    /// <summary>The user name (the actor id in journals and logs).</summary>
    public static string UserName(this ClaimsPrincipal principal) =>
        principal.Identity?.Name ?? throw new InvalidOperationException("no signed-in user");

    /// <summary>The signed-in roles.</summary>
    public static IReadOnlyList<string> WebRolesOf(this ClaimsPrincipal principal) =>
        WebRoles.All.Where(principal.IsInRole).ToList();

    /// <summary>The team id, or empty.</summary>
    public static string Team(this ClaimsPrincipal principal) => principal.FindFirstValue(TeamClaim) ?? "";

    /// <summary>The display name, or the user name.</summary>
    public static string DisplayName(this ClaimsPrincipal principal) => principal.FindFirstValue(DisplayNameClaim) ?? principal.UserName();

    /// <summary>The Casework user: the user name as id, the casework roles of the signed-in roles, the team.</summary>
    public static User ToCaseworkUser(this ClaimsPrincipal principal) =>
        new(principal.UserName(), principal.DisplayName(),
            principal.WebRolesOf().SelectMany(WebRoles.CaseworkRolesOf).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            principal.Team());
}
