namespace RelatieWerkstroom.Casework.Messages;

/// <summary>A WMO319 or JW319 antwoordbericht: the gemeente's answer on a verzoek om toewijzing or verzoek om wijziging that it does not honour with a toewijzing.</summary>
/// <param name="Header">The message header.</param>
/// <param name="ReferentieAanbieder">The aanbieder's reference of the verzoek.</param>
/// <param name="VerzoekAntwoord">WJ760 code: 1 refused, 2 aanvraag in onderzoek.</param>
/// <param name="RedenAfwijzingVerzoek">WJ759 code when refused.</param>
public sealed record VerzoekAntwoordBericht(BerichtHeader Header, string ReferentieAanbieder, string VerzoekAntwoord, string? RedenAfwijzingVerzoek);
