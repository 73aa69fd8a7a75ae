namespace RelatieWerkstroom.Reports.Options;

/// <summary>Finds the team that handles a case; the reports call it once per case, when they first see the case.</summary>
public interface ICaseTeamLookup
{
    /// <summary>The team of the case, or null when unknown (the report then uses the <c>team</c> field of InstanceStarted, or "onbekend").</summary>
    string? FindTeam(string caseId);
}
