namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Deadline compliance per workflow and clock over all teams and months (chart data).</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record DeadlineComplianceRow(
    string Workflow,
    string Clock,
    int Cases,
    bool Suppressed,
    double? PercentWithinTerm,
    double? BreachRate);
