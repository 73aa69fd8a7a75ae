namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Total burden per rule origin: the split that separates national rules from local habit.</summary>
/// <param name="ProfessionalEuros">Professional time valued at the tariff table: municipal staff and businesses together.</param>
/// <param name="ExecutionEuros">Uitvoeringskosten gemeente: the municipality's own staff time at its rates (not regeldruk).</param>
/// <param name="BusinessEuros">Regeldruk bedrijven: aanbieders' and inschrijvers' time at the tariff plus their out-of-pocket costs.</param>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record OriginBurdenRow(
    string Origin,
    int Cases,
    bool Suppressed,
    int? Executions,
    double? ProfessionalHours,
    decimal? ProfessionalEuros,
    decimal? ExecutionEuros,
    decimal? BusinessEuros,
    double? CitizenHours,
    decimal? CitizenOutOfPocket,
    double? ShareOfProfessionalEuros,
    double? ShareOfCitizenHours);
