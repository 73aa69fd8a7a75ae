using RelatieWerkstroom.Casework.Users;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>People of two teams.</summary>
public static class TestUsers
{
    public static readonly User Consulent = new("u-anna", "Anna", [Roles.Consulent], "wijkteam-noord");
    public static readonly User Consulent2 = new("u-bram", "Bram", [Roles.Consulent], "wijkteam-noord");
    public static readonly User Teamleider = new("u-carla", "Carla", [Roles.Teamleider, Roles.Consulent], "wijkteam-noord");
    public static readonly User Jurist = new("u-daan", "Daan", [Roles.Jurist], "wijkteam-noord");
    public static readonly User OtherTeam = new("u-eva", "Eva", [Roles.Consulent], "wijkteam-zuid");
}
