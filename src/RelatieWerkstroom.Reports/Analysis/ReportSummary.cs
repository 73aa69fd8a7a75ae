namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Headline figures over everything in scope, for the one-page summary.</summary>
/// <param name="Suppressed">True when fewer cases than the threshold are in scope; the figures are then withheld.</param>
public sealed record ReportSummary(
    long Cases,
    long Instances,
    string? FirstPeriod,
    string? LastPeriod,
    bool Suppressed,
    int? ClocksDecided,
    double? PercentWithinTerm,
    int? Breaches,
    decimal? DwangsomOwed,
    decimal? PotentialExposure,
    decimal? ProfessionalEuros,
    double? CitizenHours,
    decimal? CitizenOutOfPocket,
    double? NationalShareOfBurden,
    double? DeviationRate,
    double? BezwaarRate,
    double? ReworkRate,
    double? MeanRoleHandovers);
