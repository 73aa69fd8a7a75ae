namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>A clock that still runs, with its case file, so a scheduler can warn before and flag after the deadline.</summary>
public sealed record RunningClock(string CaseFileId, string Zaaktype, string Team, CaseClock Clock);
