namespace RelatieWerkstroom.Web.UiTests.Infrastructure;

/// <summary>The demo users that the host creates in demo mode (README), all with one password.</summary>
public static class DemoUsers
{
    public const string Password = "Demo-Werkstroom-2026!";
    public const string CaseworkerNoord = "consulent.noord";
    public const string CaseworkerZuid = "consulent.zuid";
    public const string TeamleadNoord = "teamleider.noord";
    public const string Auditor = "auditor";
    public const string Administrator = "beheerder";
    public const string Designer = "ontwerper";
}
