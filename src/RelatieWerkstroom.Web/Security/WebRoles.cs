using CaseworkRoles = RelatieWerkstroom.Casework.Users.Roles;

namespace RelatieWerkstroom.Web.Security;

/// <summary>
/// The roles a user signs in with (claim values) and the casework roles each one acts in: workflows name the roles of
/// the people doing a step (<c>consulent</c>, <c>jeugdconsulent</c>, <c>backoffice</c>, …), the host grants them by role.
/// </summary>
public static class WebRoles
{
    public const string Designer = "designer";
    public const string Caseworker = "caseworker";
    public const string Teamlead = "teamlead";
    public const string Jurist = "jurist";
    public const string Auditor = "auditor";
    public const string Administrator = "administrator";

    /// <summary>Every role, in the order the policy table lists them.</summary>
    public static readonly IReadOnlyList<string> All = [Designer, Caseworker, Teamlead, Jurist, Auditor, Administrator];

    private static readonly string[] CaseworkerSteps = [CaseworkRoles.Consulent, CaseworkRoles.Jeugdconsulent, CaseworkRoles.Backoffice, CaseworkRoles.Klantcontact];

    /// <summary>The casework roles a signed-in role acts in.</summary>
    public static IReadOnlyList<string> CaseworkRolesOf(string role) => role switch
    {
        Caseworker => CaseworkerSteps,
        Teamlead => [CaseworkRoles.Teamleider, .. CaseworkerSteps],
        Jurist => [CaseworkRoles.Jurist, "bezwaarcommissie"],
        Designer => [CaseworkRoles.Designer],
        Auditor => [CaseworkRoles.Auditor],
        Administrator => [CaseworkRoles.Administrator],
        _ => [],
    };
}
