namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Standaardkostenmodel burden of one step per actor (metric 6), split by rule origin.</summary>
/// <param name="ProfessionalEuros">Professional time valued at the tariff table: municipal staff and businesses together.</param>
/// <param name="ExecutionEuros">Uitvoeringskosten gemeente: the municipality's own staff time at its rates (not regeldruk).</param>
/// <param name="BusinessEuros">Regeldruk bedrijven: aanbieders' and inschrijvers' time at the tariff plus their out-of-pocket costs.</param>
/// <param name="CostBearer">Who bears the professional minutes: gemeente, bedrijf or geautomatiseerd (no human time).</param>
/// <param name="BusinessOutOfPocket">Out-of-pocket costs of businesses (e.g. an accountantsverklaring).</param>
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
    string CostBearer,
    string Team,
    string Period,
    int Cases,
    bool Suppressed,
    int? Executions,
    double? ProfessionalHours,
    decimal HourlyTariff,
    bool TariffFromTable,
    decimal? ProfessionalEuros,
    decimal? ExecutionEuros,
    decimal? BusinessEuros,
    double? CitizenHours,
    decimal? CitizenOutOfPocket,
    decimal? BusinessOutOfPocket,
    long Events);
