namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>
/// Termijnoverschrijdingen: statutory deadlines the bestuursorgaan owes, with warnings, breaches and dwangsom (metric 4).
/// Local, contract and internal norms are in <see cref="NormRow"/>, the inwoner's own terms in <see cref="CitizenTermRow"/>.
/// </summary>
/// <param name="PrematureIngebrekestellingen">Received on or before the last day of the term: without effect, nothing owed.</param>
/// <param name="PotentialExposure">
/// A theoretical maximum: the dwangsom had every breached case without an ingebrekestelling sent one the day after expiry.
/// </param>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
/// <param name="Events">Journal events that fed the row, for tracing it back.</param>
public sealed record BreachRow(
    string Workflow,
    int Version,
    string Team,
    string Period,
    string Clock,
    int Cases,
    bool Suppressed,
    int? Warnings,
    int? Breached,
    double? BreachRate,
    int? Ingebrekestellingen,
    int? PrematureIngebrekestellingen,
    decimal? DwangsomOwed,
    decimal? PotentialExposure,
    string TariffSource,
    long Events);
