namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Deadline warnings, breaches and dwangsom exposure for one clock (metric 4).</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
/// <param name="Events">Journal events that fed the row, for tracing it back.</param>
public sealed record BreachRow(
    string Workflow,
    int Version,
    string Team,
    string Period,
    string Clock,
    int Cases,
    bool Suppressed,
    int? Warnings,
    int? Breached,
    double? BreachRate,
    int? Ingebrekestellingen,
    decimal? DwangsomOwed,
    decimal? PotentialExposure,
    string TariffSource,
    long Events);
