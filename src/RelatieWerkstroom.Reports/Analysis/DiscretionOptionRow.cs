namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>How often an option of a discretion point was chosen, per team (metric 15).</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record DiscretionOptionRow(
    string Workflow,
    string DiscretionId,
    string Team,
    string Option,
    bool IsDefault,
    int Cases,
    bool Suppressed,
    int? Count,
    double? Share);
