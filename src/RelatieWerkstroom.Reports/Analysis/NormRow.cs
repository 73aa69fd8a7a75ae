namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>
/// A local, contract or internal norm (or a waiting period) and how often it was not met: "norm niet gehaald". Never a
/// termijnoverschrijding: missing a verordening's onderzoekstermijn or a contract's toewijzingstermijn is not a breach
/// of a statutory term, and a contract term may be owed by the aanbieder.
/// </summary>
/// <param name="Origin">national, local, contract or internal.</param>
/// <param name="OwedBy">Who owes the act: bestuursorgaan, aanbieder or gemeente-contractpartij.</param>
/// <param name="TermKind">deadline, or waiting-period (then acting before the end is the miss).</param>
/// <param name="Missed">Deadlines passed without the act, or waiting periods ended early.</param>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record NormRow(
    string Workflow,
    int Version,
    string Team,
    string Period,
    string Clock,
    string Origin,
    string OwedBy,
    string TermKind,
    string? LegalBasis,
    int Cases,
    bool Suppressed,
    int? Decided,
    int? Open,
    int? Missed,
    double? MissRate,
    long Events);
