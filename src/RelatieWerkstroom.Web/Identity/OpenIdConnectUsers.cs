using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using RelatieWerkstroom.Casework.Settings;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>
/// Turns a person the OpenID Connect provider signed in into a RelatieWerkstroom user: the Identity user linked to the
/// provider's subject (created on first sign-in), with the roles, team and name the provider's claims give, updated
/// at every sign-in. The sign-in cookie is then the same as after a password sign-in, so the policy table and the
/// team scope apply unchanged.
/// </summary>
public sealed class OpenIdConnectUsers(
    UserManager<WerkstroomUser> users,
    RoleManager<IdentityRole> roles,
    SignInManager<WerkstroomUser> signIn,
    OpenIdConnectSettings settings,
    IMunicipalitySettings municipality,
    ILogger<OpenIdConnectUsers> logger)
{
    /// <summary>The login provider name under which the provider's subjects are linked (AspNetUserLogins).</summary>
    public const string LoginProvider = "oidc";

    /// <summary>Finds or creates the user of the provider's principal, brings roles, team and name up to date and returns the principal to sign in with.</summary>
    public async Task<ClaimsPrincipal> SignInAsync(ClaimsPrincipal external)
    {
        var subject = external.FindFirstValue("sub")
            ?? throw new OpenIdConnectRefusal(OpenIdConnectRefusal.Failed, "the provider's answer has no subject (sub)");
        var grantedRoles = settings.RolesOf(Values(external, settings.RoleClaim));
        var team = settings.TeamOf(Values(external, settings.TeamClaim), municipality.Teams.Select(t => t.Id));
        var displayName = external.FindFirstValue(settings.NameClaim);

        var user = await users.FindByLoginAsync(LoginProvider, subject);
        if (user is null)
        {
            if (grantedRoles.Count == 0) throw Refused(OpenIdConnectRefusal.NoRole, "no role of RelatieWerkstroom among the provider's role values");
            user = await CreateAsync(external, subject, displayName);
        }
        else if (await users.IsLockedOutAsync(user))
        {
            throw Refused(OpenIdConnectRefusal.LockedOut, "the account is locked");
        }

        user.DisplayName = displayName is { Length: > 0 } ? displayName : user.DisplayName;
        user.Team = team;
        Check(await users.UpdateAsync(user), "update");
        await SetRolesAsync(user, grantedRoles);
        // Someone the provider no longer gives a role keeps the account but loses every role (and so every session).
        if (grantedRoles.Count == 0) throw Refused(OpenIdConnectRefusal.NoRole, "no role of RelatieWerkstroom among the provider's role values");

        logger.LogInformation("OpenID Connect sign-in as {Roles} in team {Team}", string.Join(",", grantedRoles), team.Length > 0 ? team : "-");
        return await signIn.CreateUserPrincipalAsync(user);
    }

    private async Task<WerkstroomUser> CreateAsync(ClaimsPrincipal external, string subject, string? displayName)
    {
        var userName = external.FindFirstValue(settings.UserNameClaim) is { Length: > 0 } name ? name : subject;
        if (await users.FindByNameAsync(userName) is not null)
            throw Refused(OpenIdConnectRefusal.NameTaken, "a user with the provider's user name exists and is not linked to the provider");
        var user = new WerkstroomUser { UserName = userName, DisplayName = displayName ?? userName };
        Check(await users.CreateAsync(user), "create");
        Check(await users.AddLoginAsync(user, new UserLoginInfo(LoginProvider, subject, settings.DisplayName)), "link");
        return user;
    }

    private async Task SetRolesAsync(WerkstroomUser user, IReadOnlyList<string> granted)
    {
        foreach (var role in granted)
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)), "role");
        var current = await users.GetRolesAsync(user);
        var stale = current.Except(granted, StringComparer.OrdinalIgnoreCase).ToList();
        var missing = granted.Except(current, StringComparer.OrdinalIgnoreCase).ToList();
        if (stale.Count > 0) Check(await users.RemoveFromRolesAsync(user, stale), "roles");
        if (missing.Count > 0) Check(await users.AddToRolesAsync(user, missing), "roles");
    }

    // Several claims of the type, or one holding a JSON array (as some providers send groups).
    private static IEnumerable<string> Values(ClaimsPrincipal principal, string claimType) =>
        principal.FindAll(claimType).SelectMany(claim => claim.Value.TrimStart().StartsWith('[')
            ? System.Text.Json.JsonSerializer.Deserialize<string[]>(claim.Value) ?? []
            : [claim.Value]);

    // The reason is logged without the person's name or subject.
    private OpenIdConnectRefusal Refused(string code, string reason)
    {
        logger.LogWarning("OpenID Connect sign-in refused: {Reason}", reason);
        return new OpenIdConnectRefusal(code, reason);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new OpenIdConnectRefusal(OpenIdConnectRefusal.Failed, $"{what}: {string.Join("; ", result.Errors.Select(e => e.Code))}");
    }
}
