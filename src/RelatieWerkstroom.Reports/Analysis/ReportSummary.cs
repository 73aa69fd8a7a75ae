namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Headline figures over everything in scope, for the one-page summary.</summary>
/// <param name="ProfessionalEuros">Professional time valued at the tariff table: municipal staff and businesses together.</param>
/// <param name="ExecutionEuros">Uitvoeringskosten gemeente: the municipality's own staff time at its rates (not regeldruk).</param>
/// <param name="BusinessEuros">Regeldruk bedrijven: aanbieders' and inschrijvers' time at the tariff plus their out-of-pocket costs.</param>
/// <param name="Suppressed">True when fewer cases than the threshold are in scope; the figures are then withheld.</param>
/// <param name="ClocksDecided">Statutory deadlines of the bestuursorgaan that were met or missed by a decision.</param>
/// <param name="Breaches">Termijnoverschrijdingen: statutory deadlines of the bestuursorgaan passed without a decision.</param>
/// <param name="NormsMissed">Local, contract and internal norms not met (never counted as breaches).</param>
/// <param name="CitizenTermsExpired">Terms of the inwoner (bezwaartermijn, hersteltermijn) that passed unused.</param>
/// <param name="PotentialExposure">A theoretical maximum: had every breach without an ingebrekestelling got one the day after expiry.</param>
public sealed record ReportSummary(
    long Cases,
    long Instances,
    string? FirstPeriod,
    string? LastPeriod,
    bool Suppressed,
    int? ClocksDecided,
    double? PercentWithinTerm,
    int? Breaches,
    int? NormsMissed,
    int? CitizenTermsExpired,
    decimal? DwangsomOwed,
    decimal? PotentialExposure,
    decimal? ProfessionalEuros,
    decimal? ExecutionEuros,
    decimal? BusinessEuros,
    double? CitizenHours,
    decimal? CitizenOutOfPocket,
    double? NationalShareOfBurden,
    double? DeviationRate,
    double? BezwaarRate,
    double? ReworkRate,
    double? MeanRoleHandovers);
