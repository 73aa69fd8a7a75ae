namespace RelatieWerkstroom.Casework.Users;

/// <summary>Role names used in definitions (HumanTask <c>role</c>, DiscretionPoint <c>roles</c>) and on users.</summary>
public static class Roles
{
    public const string Consulent = "consulent";
    public const string Jeugdconsulent = "jeugdconsulent";
    public const string Teamleider = "teamleider";
    public const string Jurist = "jurist";
    public const string Inkoper = "inkoper";
    public const string Backoffice = "backoffice";
    public const string Klantcontact = "klantcontact";
    public const string Contractmanager = "contractmanager";
    public const string Beoordelingscommissie = "beoordelingscommissie";
    public const string Designer = "designer";
    public const string Auditor = "auditor";
    public const string Administrator = "administrator";
}
