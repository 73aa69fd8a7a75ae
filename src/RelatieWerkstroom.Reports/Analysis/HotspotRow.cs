namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>A step that costs much, in the shape of an ATR friction item: source and purpose, measured burden, workability evidence and alternative.</summary>
/// <param name="Rank">1 = costliest.</param>
/// <param name="Basis">The legal source of the step (friction <c>basis</c>).</param>
/// <param name="Purpose">Stated purpose, "nut en noodzaak" (friction <c>purpose</c>).</param>
/// <param name="Alternative">Less burdensome alternative (friction <c>alternative</c>), or "nog te bepalen".</param>
/// <param name="AlternativeChannel">Who can bring the alternative about, from the rule origin.</param>
/// <param name="ProfessionalEuros">Professional time valued at the tariff table: municipal staff and businesses together.</param>
/// <param name="ExecutionEuros">Uitvoeringskosten gemeente: the municipality's own staff time at its rates (not regeldruk).</param>
/// <param name="BusinessEuros">Regeldruk bedrijven: aanbieders' and inschrijvers' time at the tariff plus their out-of-pocket costs.</param>
/// <param name="TotalCost">Professional euros + all out-of-pocket costs + citizen hours × the citizen hour value (ranking scale only).</param>
/// <param name="ShareOfTotal">Share of the total cost of all steps, 0–1.</param>
/// <param name="ReworkRate">Share of instances that executed the step more than once.</param>
/// <param name="MeanWaitDays">Average wait per execution before the step was picked up or resumed.</param>
/// <param name="WorkflowBreachRate">Share of clocks of the workflow that passed their deadline.</param>
/// <param name="Evidence">The workability evidence as one Dutch sentence.</param>
public sealed record HotspotRow(
    int Rank,
    string Workflow,
    string StepId,
    string StepName,
    string Origin,
    string? Basis,
    string? Purpose,
    string Alternative,
    string AlternativeChannel,
    int Cases,
    bool Suppressed,
    int? Executions,
    decimal? ProfessionalEuros,
    decimal? ExecutionEuros,
    decimal? BusinessEuros,
    double? CitizenHours,
    decimal? CitizenOutOfPocket,
    decimal? TotalCost,
    double? ShareOfTotal,
    double? ReworkRate,
    double? MeanWaitDays,
    double? WorkflowBreachRate,
    string Evidence);
