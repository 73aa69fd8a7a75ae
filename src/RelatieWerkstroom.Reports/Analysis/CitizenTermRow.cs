namespace RelatieWerkstroom.Reports.Analysis;

/// <summary>
/// A term of the inwoner (bezwaartermijn, hersteltermijn): how often it was used in time, used in the postal week of
/// Awb 6:9 lid 2, used late (the 6:11 path), or left to expire. Expiry is the citizen's choice or loss, never a
/// municipal breach.
/// </summary>
/// <param name="Running">Terms still running on the report date.</param>
/// <param name="UsedInTime">Used on or before the legal last day.</param>
/// <param name="UsedInPostalWeek">Received within a week after the last day: in time if it was posted in time (Awb 6:9 lid 2).</param>
/// <param name="UsedLate">Received later than that: te laat, unless the lateness is verschoonbaar (Awb 6:11).</param>
/// <param name="ExpiredUnused">Passed its legal last day unused (for a bezwaartermijn: the decision stands).</param>
/// <param name="Cases">Distinct cases behind the row; below the threshold the row is suppressed.</param>
/// <param name="Suppressed">True when the figures are withheld because the group is too small.</param>
public sealed record CitizenTermRow(
    string Workflow,
    int Version,
    string Team,
    string Period,
    string Clock,
    string? LegalBasis,
    int Cases,
    bool Suppressed,
    int? Running,
    int? UsedInTime,
    int? UsedInPostalWeek,
    int? UsedLate,
    int? ExpiredUnused,
    long Events);
