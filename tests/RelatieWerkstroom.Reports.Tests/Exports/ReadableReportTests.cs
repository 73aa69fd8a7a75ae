using System.Globalization;
using System.Text.RegularExpressions;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Exports;
using RelatieWerkstroom.Reports.Tests.Support;
using RelatieWerkstroom.Tests.Shared;

namespace RelatieWerkstroom.Reports.Tests.Exports;

/// <summary>What a reader of the PDF and HTML report sees: Dutch numbers and dates, names instead of ids, readable charts with their data.</summary>
public sealed partial class ReadableReportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    // The sample journal's Wmo workflow, with the question of its discretion point.
    private const string WmoDefinition = """
        {
          "id": "wmo-maatwerk-v1", "definitionId": "wmo-maatwerk", "name": "Wmo maatwerkvoorziening", "version": 1,
          "root": {
            "id": "Flowchart1", "type": "Elsa.Flowchart", "version": 1,
            "activities": [
              { "id": "dp", "type": "RelatieWerkstroom.DiscretionPoint", "version": 1, "name": "Beslispunt maatwerk",
                "discretionId": { "typeName": "String", "expression": { "type": "Literal", "value": "RW1-DP10" } },
                "question": { "typeName": "String", "expression": { "type": "Literal", "value": "Welk besluit over de maatwerkvoorziening?" } } }
            ],
            "connections": []
          }
        }
        """;

    [Fact]
    public void Pdf_LargeCaseload_ShowsDutchThousandsMonthNamesAndDates()
    {
        var report = fixture.Report with
        {
            Summary = fixture.Report.Summary with { Cases = 1516, Instances = 1579, FirstPeriod = "2026-01", LastPeriod = "2027-01" },
            Manifest = fixture.Report.Manifest with { EventsInScope = 273677, AsOf = "2027-01-04" },
        };
        using var stream = new MemoryStream();

        PdfReportExporter.Write(report, stream);

        stream.Position = 0;
        var text = string.Join(" ", PdfText.Read(stream).Text);
        Assert.Contains("1.516 zaken (1.579 werkstroominstanties)", text);
        Assert.Contains("januari 2026 t/m januari 2027", text);
        Assert.Contains("273.677 journaalgebeurtenissen", text);
        Assert.Contains("Peildatum open termijnen: 4 januari 2027", text);
        Assert.DoesNotContain("1,516", text);
        Assert.DoesNotContain("2026-01 t/m", text);
    }

    [Fact]
    public async Task Html_ReportWithDefinitions_NamesWorkflowsAndDiscretionPointsInsteadOfIds()
    {
        var options = SampleJournal.Options with { Definitions = [WorkflowDefinitionReader.Parse(WmoDefinition)] };
        var report = await new FrictionAnalyzer(options, FixedTime.Default).AnalyzeAsync(SampleJournal.Build().ToAsyncEnumerable());

        var html = await Html(report);

        var summary = html[..html.IndexOf("id=\"grafieken\"", StringComparison.Ordinal)];
        Assert.Contains("(Wmo maatwerkvoorziening)", summary);
        Assert.DoesNotContain("(wmo-maatwerk)", summary);
        Assert.Contains("RW1-DP10: Welk besluit over de maatwerkvoorziening?", html);
        Assert.Contains("Onderzoek – Wmo maatwerkvoorziening</h3>", html);
    }

    [Fact]
    public async Task Html_EveryChartIsFollowedByItsDataTable()
    {
        var html = await Html(fixture.Report);

        var figures = Figures(html);
        Assert.True(figures.Count >= 3, $"expected at least three charts, got {figures.Count}");
        foreach (var figure in figures)
        {
            var caption = CaptionPattern().Match(figure).Groups[1].Value;
            Assert.True(figure.IndexOf("<svg", StringComparison.Ordinal) < figure.IndexOf("<table class=\"chart-data\"", StringComparison.Ordinal), caption);
            var rows = RowHeaderPattern().Matches(figure).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(rows);
            // Every bar is labelled in the chart (shortened if long) and named in full in the table.
            var tickLabels = TextBoxes(figure).Select(b => b.Text).ToList();
            Assert.All(rows, row => Assert.Contains(tickLabels, t => row.StartsWith(t.TrimEnd('…'), StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Html_ManyLongLabels_NoTwoChartLabelsOverlap()
    {
        var clocks = Enumerable.Range(1, 12).Select(i =>
            new DeadlineComplianceRow($"werkstroom-met-een-lange-naam-{i:00}", "beslistermijn-aanvraag-maatwerkvoorziening", 40, false, 80 + i, 0.1)).ToList();
        var report = fixture.Report with { DeadlineCompliance = clocks };

        var html = await Html(report);

        var figure = Figures(html).Single(f => f.Contains("Besluiten binnen de wettelijke termijn", StringComparison.Ordinal));
        var boxes = TextBoxes(figure);
        Assert.True(boxes.Count >= 12, $"expected a label per bar, got {boxes.Count}");
        foreach (var a in boxes)
        {
            foreach (var b in boxes.Where(b => !ReferenceEquals(a, b)))
            {
                var overlap = a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
                Assert.False(overlap, $"chart labels overlap: '{a.Text}' and '{b.Text}'");
            }
        }
    }

    private static async Task<string> Html(FrictionReport report)
    {
        var writer = new StringWriter();
        await HtmlReportExporter.WriteAsync(report, writer);
        return writer.ToString();
    }

    private static List<string> Figures(string html) => [.. FigurePattern().Matches(html).Select(m => m.Value)];

    private sealed record TextBox(string Text, double Left, double Right, double Top, double Bottom);

    // ScottPlot writes each label as <text transform="translate(x y)" font-size=".." x="glyph offsets" y="baseline offset">.
    private static List<TextBox> TextBoxes(string svg) =>
    [
        .. SvgTextPattern().Matches(svg).Select(m =>
        {
            double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
            var (tx, ty, size) = (D(m.Groups["tx"].Value), D(m.Groups["ty"].Value), D(m.Groups["size"].Value));
            var xs = m.Groups["xs"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(D).ToList();
            var baseline = ty + D(m.Groups["y"].Value.Split(',')[0]);
            return new TextBox(System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value.Trim()),
                tx + xs.Min(), tx + xs.Max() + 0.6 * size, baseline - 0.8 * size, baseline + 0.2 * size);
        }),
    ];

    [GeneratedRegex("<figure>.*?</figure>", RegexOptions.Singleline)]
    private static partial Regex FigurePattern();

    [GeneratedRegex("<figcaption>(.*?)</figcaption>")]
    private static partial Regex CaptionPattern();

    [GeneratedRegex("<th scope=\"row\">(.*?)</th>")]
    private static partial Regex RowHeaderPattern();

    [GeneratedRegex("<text transform=\"translate\\((?<tx>[-0-9.]+) (?<ty>[-0-9.]+)\\)\" font-size=\"(?<size>[0-9.]+)\"[^>]*? x=\"(?<xs>[^\"]*)\" y=\"(?<y>[^\"]*)\">(?<text>[^<]*)</text>", RegexOptions.Singleline)]
    private static partial Regex SvgTextPattern();
}
