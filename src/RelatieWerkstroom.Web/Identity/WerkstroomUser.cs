using Microsoft.AspNetCore.Identity;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>A person who signs in: an Identity user with the name shown in the screens and the team whose case files they see.</summary>
public sealed class WerkstroomUser : IdentityUser
{
    /// <summary>Name shown in the UI; never journalled (the user name is the actor id).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The team id of the municipality settings (e.g. <c>wijkteam-noord</c>); empty for users without a team.</summary>
    public string Team { get; set; } = "";
}
