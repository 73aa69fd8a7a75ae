namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>How often a suspension or extension reason was given (metric 3); reasons that are not literals from a definition are grouped as free text.</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record ReasonRow(
    string Workflow,
    string Clock,
    string Action,
    string Reason,
    int Cases,
    bool Suppressed,
    int? Count);
