namespace RelatieWerkstroom.Casework.Messages;

/// <summary>Who referred the jeugdige (iJw only): a COD327 type and, for a doctor, the AGB code of the zorgverlener.</summary>
/// <param name="Type">COD327 code, e.g. <c>01</c> (gemeente) or <c>02</c> (huisarts).</param>
/// <param name="ZorgverlenerCode">AGB code of the referring doctor, when a doctor referred.</param>
public sealed record Verwijzer(string Type, string? ZorgverlenerCode = null);
