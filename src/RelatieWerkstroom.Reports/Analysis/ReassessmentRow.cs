namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Re-assessments (herindicaties) and how many kept the same outcome (metric 17).</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record ReassessmentRow(
    string Workflow,
    int Version,
    string Team,
    string Period,
    int Cases,
    bool Suppressed,
    int? Reassessments,
    int? Unchanged,
    double? UnchangedRate);
