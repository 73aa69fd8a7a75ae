namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>How a case is opened: its zaaktype, its workflow and whether it is about a citizen.</summary>
public sealed record CaseStart(string Zaaktype, string DefinitionId, bool WithSubject, string Title);
