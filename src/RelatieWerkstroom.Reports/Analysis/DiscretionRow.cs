namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>
/// Use of one discretion point (metric 15): decisions, deviation from the default option and reasons given. Deviation is
/// from the workflow's default; it is Awb 4:84 only where that default is a beleidsregel. Rule-bound checks are not counted.
/// </summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
/// <param name="Events">Journal events that fed the row, for tracing it back.</param>
public sealed record DiscretionRow(
    string Workflow,
    int Version,
    string DiscretionId,
    string Team,
    string Period,
    int Cases,
    bool Suppressed,
    int? Decisions,
    int? Deviations,
    double? DeviationRate,
    int? ReasonsGiven,
    double? MeanReasonLength,
    long Events);
