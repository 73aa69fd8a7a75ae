namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Suspensions (opschorting, Awb 4:15) and extensions (verdaging, Awb 4:14) of one clock (metric 3).</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
/// <param name="Events">Journal events that fed the row, for tracing it back.</param>
public sealed record SuspensionRow(
    string Workflow,
    int Version,
    string Team,
    string Period,
    string Clock,
    int Cases,
    bool Suppressed,
    int? CasesSuspended,
    int? Suspensions,
    int? SuspendedDays,
    double? MeanSuspensionDays,
    int? CasesExtended,
    int? Extensions,
    long Events);
