namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>One process variant (distinct sequence of completed steps) of a workflow and how many instances followed it (metric 14).</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record VariantRow(
    string Workflow,
    int Rank,
    string Variant,
    int Steps,
    int Cases,
    bool Suppressed,
    int? Instances,
    double? Share);
