using Microsoft.AspNetCore.Identity;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>
/// The demo users, one per role and team, all with <see cref="Password"/>. Created only in demo mode (Development or
/// <c>Werkstroom:Demo=true</c>); the README lists them.
/// </summary>
public sealed class DemoUsers(UserManager<WerkstroomUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>The password of every demo user (documented in the README; demo mode only).</summary>
    public const string Password = "Demo-Werkstroom-2026!";

    /// <summary>User name, display name, role and team of each demo user.</summary>
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string Team)> All =
    [
        ("ontwerper", "Olga Ontwerper", WebRoles.Designer, ""),
        ("consulent.noord", "Noor Consulent", WebRoles.Caseworker, "wijkteam-noord"),
        ("consulent.zuid", "Zeger Consulent", WebRoles.Caseworker, "wijkteam-zuid"),
        ("teamleider.noord", "Tessa Teamleider", WebRoles.Teamlead, "wijkteam-noord"),
        ("jurist", "Jan Jurist", WebRoles.Jurist, "juridische-zaken"),
        ("auditor", "Aïsha Auditor", WebRoles.Auditor, ""),
        ("beheerder", "Bram Beheerder", WebRoles.Administrator, ""),
    ];

    /// <summary>Creates the roles and every demo user that does not exist yet.</summary>
    public async Task EnsureAsync()
    {
        foreach (var role in WebRoles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), role);

        foreach (var (userName, displayName, role, team) in All)
        {
            if (await users.FindByNameAsync(userName) is not null) continue;
            var user = new WerkstroomUser { UserName = userName, DisplayName = displayName, Team = team };
            Check(await users.CreateAsync(user, Password), userName);
            Check(await users.AddToRoleAsync(user, role), userName);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"demo user or role '{what}': {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
