using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Journal;
using ScottPlot;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>The four charts of the report (ScottPlot), as SVG for HTML and PNG for PDF; suppressed groups are left out.</summary>
internal static class ReportCharts
{
    public sealed record Chart(string Title, IReadOnlyList<string> Labels, IReadOnlyList<double> Values, string Axis, bool Horizontal);

    public static IReadOnlyList<Chart> For(FrictionReport report)
    {
        var charts = new List<Chart>();
        var origins = report.BurdenByOrigin.Where(r => !r.Suppressed && r.ProfessionalEuros is not null).ToList();
        if (origins.Count > 0)
            charts.Add(new Chart("Professionele kosten per regelherkomst", [.. origins.Select(o => RuleOrigin.DutchLabel(o.Origin))],
                [.. origins.Select(o => (double)o.ProfessionalEuros!.Value)], "euro", false));

        var compliance = report.DeadlineCompliance.Where(r => !r.Suppressed && r.PercentWithinTerm is not null).ToList();
        if (compliance.Count > 0)
            charts.Add(new Chart("Besluiten binnen de wettelijke termijn per werkstroom", [.. compliance.Select(c => $"{c.Workflow} ({c.Clock})")],
                [.. compliance.Select(c => c.PercentWithinTerm!.Value)], "% binnen termijn", false));

        var hotspots = report.Hotspots.Where(h => !h.Suppressed && h.TotalCost is not null).ToList();
        if (hotspots.Count > 0)
            charts.Add(new Chart("Hotspots: totale last per stap", [.. hotspots.Select(h => h.StepName)],
                [.. hotspots.Select(h => (double)h.TotalCost!.Value)], "euro (rangschikking)", true));

        var discretion = report.Discretion.Where(d => !d.Suppressed && d.Decisions > 0)
            .GroupBy(d => d.DiscretionId)
            .Select(g => (Label: g.Key, Rate: 100.0 * g.Sum(d => d.Deviations ?? 0) / g.Sum(d => d.Decisions ?? 0)))
            .ToList();
        if (discretion.Count > 0)
            charts.Add(new Chart("Beleidsruimte: afwijking van de standaardoptie", [.. discretion.Select(d => d.Label)],
                [.. discretion.Select(d => Math.Round(d.Rate, 1))], "% afwijking", false));
        return charts;
    }

    public static string Svg(Chart chart) => Build(chart).GetSvgXml(720, 360);

    public static byte[] Png(Chart chart) => Build(chart).GetImageBytes(900, 450, ImageFormat.Png);

    private static Plot Build(Chart chart)
    {
        var plot = new Plot();
        var positions = Enumerable.Range(0, chart.Values.Count).Select(i => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, [.. chart.Values]);
        bars.Horizontal = chart.Horizontal;
        bars.Color = new Color(31, 92, 153);
        var ticks = positions.Zip(chart.Labels, (p, l) => new Tick(p, Shorten(l))).ToArray();
        if (chart.Horizontal)
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
            plot.Axes.Bottom.Label.Text = chart.Axis;
            plot.Axes.Margins(left: 0);
        }
        else
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
            plot.Axes.Left.Label.Text = chart.Axis;
            plot.Axes.Margins(bottom: 0);
        }

        plot.Title(chart.Title);
        return plot;
    }

    private static string Shorten(string label) => label.Length <= 28 ? label : label[..27] + "…";
}
