using System.Net;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Journal;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>Writes the report as one self-contained HTML page (Dutch): summary first, inline SVG charts, hotspots, all tables.</summary>
public static class HtmlReportExporter
{
    private const string Style =
        "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222;max-width:1200px}" +
        "table{border-collapse:collapse;margin:0 0 1.5em;font-size:12px}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left}" +
        "th{background:#eef3f8}td.num{text-align:right}tr.suppressed td{color:#888;font-style:italic}" +
        "section.summary{border:2px solid #1f5c99;padding:1em 1.5em;margin-bottom:2em}.source{color:#555;font-size:11px}" +
        "dl.pairs{display:grid;grid-template-columns:max-content auto;gap:2px 1em}dt{font-weight:bold}" +
        "figure{margin:0 0 2em}figcaption{font-weight:bold;margin-bottom:.5em}caption{text-align:left;font-weight:bold;padding:4px 0}" +
        "table.chart-data th[scope=row]{font-weight:normal;background:none}";

    /// <summary>Writes the page.</summary>
    public static async Task WriteAsync(FrictionReport report, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        static string E(object? v) => WebUtility.HtmlEncode(CellFormat.ForPeople(v));

        await writer.WriteLineAsync($"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{E(DutchSummary.Title)}</title><style>{Style}</style></head><body>");
        await writer.WriteLineAsync($"<section class=\"summary\" id=\"samenvatting\"><h1>{E(DutchSummary.Title)}</h1>");
        foreach (var line in DutchSummary.Introduction(report)) await writer.WriteLineAsync($"<p>{E(line)}</p>");
        await writer.WriteLineAsync("<h2>Kerncijfers</h2><dl class=\"pairs\">");
        foreach (var (label, value) in DutchSummary.KeyFigures(report)) await writer.WriteLineAsync($"<dt>{E(label)}</dt><dd>{E(value)}</dd>");
        await writer.WriteLineAsync("</dl><h2>Grootste knelpunten</h2><ol>");
        foreach (var line in DutchSummary.TopHotspots(report)) await writer.WriteLineAsync($"<li>{E(line)}</li>");
        await writer.WriteLineAsync("</ol></section>");

        await writer.WriteLineAsync("<section id=\"grafieken\"><h2>Grafieken</h2>");
        foreach (var chart in ReportCharts.For(report))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync($"<figure><figcaption>{E(chart.Title)}</figcaption>");
            if (chart.Note is { } note) await writer.WriteLineAsync($"<p class=\"source\">{E(note)}</p>");
            await writer.WriteLineAsync($"<div role=\"img\" aria-label=\"{E(chart.Title)}; de gegevens staan in de tabel hieronder\">{StripXmlDeclaration(ReportCharts.Svg(chart))}</div>");
            await writer.WriteLineAsync($"<table class=\"chart-data\"><caption>Gegevens bij de grafiek: {E(chart.Title)}</caption>" +
                $"<thead><tr><th scope=\"col\">{E(chart.LabelHeading)}</th><th scope=\"col\">{E(chart.ValueHeading)}</th></tr></thead><tbody>");
            for (var i = 0; i < chart.Labels.Count; i++)
            {
                await writer.WriteLineAsync($"<tr><th scope=\"row\">{E(chart.Labels[i])}</th><td class=\"num\">{E(chart.FormattedValues[i])}</td></tr>");
            }

            await writer.WriteLineAsync("</tbody></table></figure>");
        }

        await writer.WriteLineAsync("</section><section id=\"hotspots\"><h2>Hotspots (opzet ATR)</h2>");
        foreach (var h in report.Hotspots)
        {
            await writer.WriteLineAsync($"<h3>{h.Rank}. {E(h.StepName)} – {E(report.Manifest.WorkflowName(h.Workflow))}</h3><dl class=\"pairs\">");
            await writer.WriteLineAsync($"<dt>Regelherkomst</dt><dd>{E(RuleOrigin.DutchLabel(h.Origin))}</dd><dt>Grondslag</dt><dd>{E(h.Basis)}</dd>");
            await writer.WriteLineAsync($"<dt>Doel</dt><dd>{E(h.Purpose)}</dd><dt>Aandeel totale last</dt><dd>{E(DutchSummary.Percent(h.ShareOfTotal))}</dd>");
            await writer.WriteLineAsync($"<dt>Werkbaarheid</dt><dd>{E(h.Evidence)}</dd><dt>Alternatief</dt><dd>{E(h.Alternative)} (via {E(h.AlternativeChannel)})</dd></dl>");
        }

        await writer.WriteLineAsync("</section>");
        foreach (var table in ReportTables.From(report))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var suppressedColumn = table.Columns.ToList().IndexOf("Onderdrukt (< drempel)");
            await writer.WriteLineAsync($"<section id=\"{E(table.Id)}\"><h2>{E(table.Title)}</h2><p class=\"source\">Bron: {E(table.Source)}</p><table><thead><tr>");
            foreach (var column in table.Columns) await writer.WriteAsync($"<th>{E(column)}</th>");
            await writer.WriteLineAsync("</tr></thead><tbody>");
            foreach (var row in table.Rows)
            {
                var suppressed = suppressedColumn >= 0 && row[suppressedColumn] is true;
                await writer.WriteAsync(suppressed ? "<tr class=\"suppressed\">" : "<tr>");
                foreach (var value in row)
                {
                    await writer.WriteAsync(value is int or long or double or decimal ? $"<td class=\"num\">{E(value)}</td>" : $"<td>{E(value)}</td>");
                }

                await writer.WriteLineAsync("</tr>");
            }

            await writer.WriteLineAsync("</tbody></table></section>");
        }

        await writer.WriteLineAsync("</body></html>");
        await writer.FlushAsync(cancellationToken);
    }

    private static string StripXmlDeclaration(string svg) => svg.StartsWith("<?xml", StringComparison.Ordinal) ? svg[(svg.IndexOf("?>", StringComparison.Ordinal) + 2)..] : svg;
}
