using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Journal;
using ScottPlot;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>
/// The charts of the report (ScottPlot), as SVG for HTML and PNG for PDF; suppressed groups are left out. Every chart is a
/// horizontal bar chart (long Dutch labels stay readable, first item on top) and carries the data table printed beneath it.
/// </summary>
internal static class ReportCharts
{
    /// <summary>How many discretion points the deviation chart shows; the table of the Beleidsruimte section has them all.</summary>
    public const int MaxDiscretionBars = 15;

    private const int Width = 720;
    private const int LabelLength = 48;

    /// <summary>One chart: its bars in reading order, the axis text, and the data table shown with it.</summary>
    public sealed record Chart(
        string Title,
        string? Note,
        IReadOnlyList<string> Labels,
        IReadOnlyList<double> Values,
        string Axis,
        string LabelHeading,
        string ValueHeading,
        IReadOnlyList<string> FormattedValues);

    public static IReadOnlyList<Chart> For(FrictionReport report)
    {
        var m = report.Manifest;
        var charts = new List<Chart>();
        var origins = report.BurdenByOrigin.Where(r => !r.Suppressed && r.ExecutionEuros is not null).ToList();
        if (origins.Count > 0)
        {
            charts.Add(new Chart("Uitvoeringskosten gemeente per regelherkomst", "Tijd van eigen medewerkers tegen de uurtarieven; geen regeldruk.",
                [.. origins.Select(o => RuleOrigin.DutchLabel(o.Origin))],
                [.. origins.Select(o => (double)o.ExecutionEuros!.Value)], "euro", "Regelherkomst", "Uitvoeringskosten",
                [.. origins.Select(o => DutchSummary.Euro(o.ExecutionEuros))]));
            if (origins.Any(o => o.BusinessEuros > 0))
            {
                charts.Add(new Chart("Regeldruk bedrijven per regelherkomst", "Tijd van aanbieders en inschrijvers tegen het tarief plus hun out-of-pocketkosten.",
                    [.. origins.Select(o => RuleOrigin.DutchLabel(o.Origin))],
                    [.. origins.Select(o => (double)(o.BusinessEuros ?? 0))], "euro", "Regelherkomst", "Regeldruk bedrijven",
                    [.. origins.Select(o => DutchSummary.Euro(o.BusinessEuros))]));
            }

            if (origins.Any(o => o.CitizenHours > 0))
            {
                charts.Add(new Chart("Regeldruk inwoners per regelherkomst", "Tijd van inwoners in uren (het Handboek meet burgerlasten in uren).",
                    [.. origins.Select(o => RuleOrigin.DutchLabel(o.Origin))],
                    [.. origins.Select(o => o.CitizenHours ?? 0)], "uur", "Regelherkomst", "Tijd van inwoners",
                    [.. origins.Select(o => $"{(o.CitizenHours ?? 0).ToString("#,##0.0", CellFormat.Dutch)} uur")]));
            }
        }

        var compliance = report.DeadlineCompliance.Where(r => !r.Suppressed && r.PercentWithinTerm is not null).ToList();
        if (compliance.Count > 0)
        {
            charts.Add(new Chart("Besluiten binnen de wettelijke termijn per werkstroom", null,
                [.. compliance.Select(c => $"{m.WorkflowName(c.Workflow)}: {c.Clock}")],
                [.. compliance.Select(c => c.PercentWithinTerm!.Value)], "% binnen termijn", "Werkstroom en termijn", "Binnen termijn",
                [.. compliance.Select(c => c.PercentWithinTerm!.Value.ToString("0.0", CellFormat.Dutch) + "%")]));
        }

        var hotspots = report.Hotspots.Where(h => !h.Suppressed && h.TotalCost is not null).ToList();
        if (hotspots.Count > 0)
        {
            charts.Add(new Chart("Hotspots: totale last per stap", $"Rangschikkingsschaal: uitvoeringskosten, regeldruk bedrijven, out-of-pocketkosten en uren van inwoners à {DutchSummary.Euro(m.CitizenHourValue)}.",
                [.. hotspots.Select(h => $"{h.StepName} ({m.WorkflowName(h.Workflow)})")],
                [.. hotspots.Select(h => (double)h.TotalCost!.Value)], "euro", "Stap (werkstroom)", "Totale last",
                [.. hotspots.Select(h => DutchSummary.Euro(h.TotalCost))]));
        }

        var discretion = report.Discretion.Where(d => !d.Suppressed && d.Decisions > 0)
            .GroupBy(d => d.DiscretionId)
            .Select(g => (Id: g.Key, Decisions: g.Sum(d => d.Decisions ?? 0), Rate: 100.0 * g.Sum(d => d.Deviations ?? 0) / g.Sum(d => d.Decisions ?? 0)))
            .OrderByDescending(d => d.Rate).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        if (discretion.Count > 0)
        {
            var shown = discretion.Take(MaxDiscretionBars).ToList();
            var note = discretion.Count > shown.Count
                ? $"De {shown.Count} beslispunten met de hoogste afwijking van {discretion.Count}; de tabel Gebruik van beleidsruimte noemt ze alle."
                : null;
            charts.Add(new Chart("Beleidsruimte: afwijking van de standaardoptie", note,
                [.. shown.Select(d => $"{d.Id}: {m.DiscretionPointName(d.Id)}")],
                [.. shown.Select(d => Math.Round(d.Rate, 1))], "% afwijking", "Beslispunt", "Afwijking (besluiten)",
                [.. shown.Select(d => $"{d.Rate.ToString("0.0", CellFormat.Dutch)}% ({CellFormat.Count(d.Decisions)})")]));
        }

        return charts;
    }

    public static string Svg(Chart chart) => Build(chart).GetSvgXml(Width, Height(chart));

    public static byte[] Png(Chart chart) => Build(chart).GetImageBytes(Width, Height(chart), ImageFormat.Png);

    /// <summary>Room for every bar with its label on one line, whatever the number of bars.</summary>
    public static int Height(Chart chart) => 80 + 26 * chart.Values.Count;

    private static Plot Build(Chart chart)
    {
        var plot = new Plot();
        if (SystemFontResolver.ChartFamily is { } family) plot.Font.Set(family);

        // Bar i at position n-1-i, so the first item of the list is drawn on top.
        var n = chart.Values.Count;
        var positions = Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray();
        var bars = plot.Add.Bars(positions, [.. chart.Values]);
        bars.Horizontal = true;
        bars.Color = new Color(31, 92, 153);

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. positions.Zip(chart.Labels, (p, l) => new Tick(p, Shorten(l)))]);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,##0.##", CellFormat.Dutch),
        };
        plot.Axes.Bottom.Label.Text = chart.Axis;
        plot.Axes.Margins(left: 0);
        return plot;
    }

    private static string Shorten(string label) => label.Length <= LabelLength ? label : label[..(LabelLength - 1)] + "…";
}
