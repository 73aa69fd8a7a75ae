namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Total burden per rule origin: the split that separates national rules from local habit.</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record OriginBurdenRow(
    string Origin,
    int Cases,
    bool Suppressed,
    int? Executions,
    double? ProfessionalHours,
    decimal? ProfessionalEuros,
    double? CitizenHours,
    decimal? CitizenOutOfPocket,
    double? ShareOfProfessionalEuros,
    double? ShareOfCitizenHours);
