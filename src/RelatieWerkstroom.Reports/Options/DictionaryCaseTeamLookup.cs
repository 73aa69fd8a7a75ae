namespace RelatieWerkstroom.Reports.Options;

/// <summary>A case→team lookup over a preloaded dictionary (e.g. read from the case files before the report runs).</summary>
public sealed class DictionaryCaseTeamLookup(IReadOnlyDictionary<string, string> teams) : ICaseTeamLookup
{
    /// <inheritdoc />
    public string? FindTeam(string caseId) => teams.TryGetValue(caseId, out var team) ? team : null;
}
