namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Bezwaar rate per decision option (metric 16).</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record BezwaarRow(
    string Workflow,
    string DecisionOption,
    int Cases,
    bool Suppressed,
    int? Decisions,
    int? Bezwaren,
    double? BezwaarRate);
