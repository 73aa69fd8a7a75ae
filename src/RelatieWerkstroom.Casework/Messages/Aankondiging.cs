namespace RelatieWerkstroom.Casework.Messages;

/// <summary>An aankondiging or invitation to tender as it goes to TenderNed.</summary>
/// <param name="TenderId">The tender's id at the gemeente.</param>
/// <param name="Aanbestedendedienst">The municipality.</param>
/// <param name="Procedure">E.g. <c>meervoudig-onderhands</c>, <c>toelating</c>.</param>
/// <param name="Publicatie">What is published, e.g. "uitnodiging aan geselecteerde ondernemers".</param>
/// <param name="Kanaal">Where, e.g. "TenderNed (besloten)".</param>
/// <param name="Omschrijving">The subject of the procurement.</param>
/// <param name="GeraamdeWaarde">The estimated value in euros excluding VAT, when known.</param>
/// <param name="Publicatiedatum">The day of publication.</param>
/// <param name="Sluitingsdatum">The last day for inschrijvingen or aanmeldingen (null: continuous admission).</param>
/// <param name="Drempels">The thresholds that were applied, by name, in euros.</param>
/// <param name="Toetsing">What the thresholds mean for this procedure (Dutch).</param>
public sealed record Aankondiging(
    string TenderId,
    string Aanbestedendedienst,
    string Procedure,
    string? Publicatie,
    string Kanaal,
    string? Omschrijving,
    decimal? GeraamdeWaarde,
    DateOnly Publicatiedatum,
    DateOnly? Sluitingsdatum,
    IReadOnlyDictionary<string, decimal> Drempels,
    IReadOnlyList<string> Toetsing);
