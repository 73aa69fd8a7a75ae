namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>Lead time against the statutory term for one clock (metric 1), per workflow, version, team and intake month.</summary>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
/// <param name="Events">Journal events that fed the row, for tracing it back.</param>
public sealed record LeadTimeRow(
    string Workflow,
    int Version,
    string Team,
    string Period,
    string Clock,
    string? LegalBasis,
    string? Term,
    int Cases,
    bool Suppressed,
    int? Decided,
    int? Open,
    int? WithinTerm,
    double? PercentWithinTerm,
    double? MeanLeadTimeDays,
    int? MedianLeadTimeDays,
    int? MarginMinDays,
    int? MarginP10Days,
    int? MarginMedianDays,
    int? MarginP90Days,
    int? MarginMaxDays,
    long Events);
