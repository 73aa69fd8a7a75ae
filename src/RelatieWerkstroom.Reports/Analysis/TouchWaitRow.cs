namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Touch time against wait time of one step (metric 2).</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
/// <param name="Events">Journal events that fed the row, for tracing it back.</param>
public sealed record TouchWaitRow(
    string Workflow,
    int Version,
    string StepId,
    string StepName,
    string Origin,
    string Team,
    string Period,
    int Cases,
    bool Suppressed,
    int? Executions,
    double? ObservedTouchHours,
    double? NominalTouchHours,
    double? WaitHours,
    double? WaitForStaffHours,
    double? WaitForDecisionHours,
    double? WaitForTimerHours,
    double? WaitExternalHours,
    double? WaitShare,
    long Events);
