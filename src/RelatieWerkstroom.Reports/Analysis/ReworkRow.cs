namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Rework of one step: instances that executed it more than once (metric 11).</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record ReworkRow(
    string Workflow,
    int Version,
    string StepId,
    string StepName,
    string Origin,
    string Team,
    string Period,
    int Cases,
    bool Suppressed,
    int? Instances,
    int? InstancesWithRework,
    double? ReworkRate,
    int? ExtraExecutions);
