using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>Puts the team and the display name into the sign-in cookie next to Identity's name and role claims.</summary>
public sealed class WerkstroomClaimsFactory(UserManager<WerkstroomUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WerkstroomUser, IdentityRole>(users, roles, options)
{
    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WerkstroomUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.TeamClaim, user.Team));
        identity.AddClaim(new Claim(CurrentUser.DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
