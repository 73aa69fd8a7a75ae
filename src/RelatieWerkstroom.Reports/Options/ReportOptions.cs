using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Reports.Options;

/// <summary>What to report on and how: filters, suppression threshold, tariffs and the definitions used for annotations.</summary>
public sealed record ReportOptions
{
    /// <summary>Only cases whose first journal event is at or after this moment (cohort by intake).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only cases whose first journal event is before this moment.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only cases whose first instance runs one of these workflow definition ids; null or empty = all.</summary>
    public IReadOnlySet<string>? Workflows { get; init; }

    /// <summary>Only cases whose first instance runs one of these definition versions; null or empty = all.</summary>
    public IReadOnlySet<int>? Versions { get; init; }

    /// <summary>Only cases of these teams; null or empty = all.</summary>
    public IReadOnlySet<string>? Teams { get; init; }

    /// <summary>Aggregate rows over fewer cases than this are marked suppressed and their figures withheld.</summary>
    public int SmallGroupThreshold { get; init; } = 5;

    /// <summary>How many process variants per workflow to list.</summary>
    public int TopVariants { get; init; } = 10;

    /// <summary>How many hotspots to list.</summary>
    public int TopHotspots { get; init; } = 10;

    /// <summary>Distinct variants remembered per workflow; later new variants are counted as "overig" so memory stays bounded.</summary>
    public int MaxVariantsPerWorkflow { get; init; } = 5000;

    /// <summary>Hourly tariffs for the standaardkostenmodel.</summary>
    public SkmTariffTable Tariffs { get; init; } = SkmTariffTable.Example;

    /// <summary>Where the team of a case comes from; see <see cref="ICaseTeamLookup"/>.</summary>
    public ICaseTeamLookup? TeamLookup { get; init; }

    /// <summary>
    /// Workflow definitions (all versions that occur) for annotations the journal lacks: step names, the friction
    /// <c>alternative</c>, and the literal clock reasons that may be shown (free text never is).
    /// </summary>
    public IReadOnlyList<WorkflowDefinition> Definitions { get; init; } = [];

    /// <summary>The day open clocks are measured against; default: the date of the last journal event.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Computes dwangsommen (Awb 4:17).</summary>
    public DwangsomCalculator Dwangsom { get; init; } = DwangsomCalculator.Default;

    /// <summary>
    /// Clocks (name prefixes, case-insensitive) to which the dwangsom bij niet tijdig beslissen (Awb 4:17) applies; other
    /// clocks, such as a bezwaartermijn that runs for the citizen, get breaches but no dwangsom.
    /// </summary>
    public IReadOnlyList<string> DwangsomClocks { get; init; } = ["beslistermijn"];

    /// <summary>Time zone for legal days and months (default Europe/Amsterdam).</summary>
    public string TimeZoneId { get; init; } = "Europe/Amsterdam";

    /// <summary>Checks the options; throws <see cref="ArgumentException"/> naming the bad option.</summary>
    public void Validate()
    {
        if (SmallGroupThreshold < 1)
            throw new ArgumentException($"ReportOptions.SmallGroupThreshold must be at least 1 (was {SmallGroupThreshold}).");
        if (TopVariants < 1 || TopHotspots < 1)
            throw new ArgumentException("ReportOptions.TopVariants and TopHotspots must be at least 1.");
        if (MaxVariantsPerWorkflow < TopVariants)
            throw new ArgumentException("ReportOptions.MaxVariantsPerWorkflow must be at least TopVariants.");
        if (From is { } from && To is { } to && to <= from)
            throw new ArgumentException($"ReportOptions.To ({to:O}) must be after From ({from:O}).");
        ArgumentNullException.ThrowIfNull(Tariffs);
        _ = TimeZone;
    }

    internal TimeZoneInfo TimeZone
    {
        get
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
            }
            catch (TimeZoneNotFoundException)
            {
                throw new ArgumentException($"ReportOptions.TimeZoneId '{TimeZoneId}' is not a time zone known to this system.");
            }
        }
    }
}
