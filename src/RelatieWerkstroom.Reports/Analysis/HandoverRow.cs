namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Handovers between roles and between people per case (metric 13).</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record HandoverRow(
    string Workflow,
    int Version,
    string Team,
    string Period,
    int Cases,
    bool Suppressed,
    int? RoleHandovers,
    int? ActorHandovers,
    int? PingPongs,
    double? MeanRoleHandovers,
    double? MeanActorHandovers);
