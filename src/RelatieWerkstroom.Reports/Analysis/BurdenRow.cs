namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Standaardkostenmodel burden of one step per actor (metric 6), split by rule origin.</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
/// <param name="Events">Journal events that fed the row, for tracing it back.</param>
public sealed record BurdenRow(
    string Workflow,
    int Version,
    string StepId,
    string StepName,
    string Origin,
    string? Basis,
    string Actor,
    string Team,
    string Period,
    int Cases,
    bool Suppressed,
    int? Executions,
    double? ProfessionalHours,
    decimal HourlyTariff,
    bool TariffFromTable,
    decimal? ProfessionalEuros,
    double? CitizenHours,
    decimal? CitizenOutOfPocket,
    long Events);
