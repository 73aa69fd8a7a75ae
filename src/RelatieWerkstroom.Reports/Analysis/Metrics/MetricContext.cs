using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Options;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>What every metric shares: the options, the step catalog, small-group suppression and rounding.</summary>
internal sealed class MetricContext(ReportOptions options, StepCatalog catalog)
{
    public ReportOptions Options { get; } = options;

    public StepCatalog Catalog { get; } = catalog;

    /// <summary>Groups with fewer cases than the threshold are suppressed so nobody can be recognised in them.</summary>
    public bool Small(int cases) => cases < Options.SmallGroupThreshold;

    public static double Hours(double seconds) => Math.Round(seconds / 3600.0, 2);

    public static double? Rate(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    public static decimal Euros(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
