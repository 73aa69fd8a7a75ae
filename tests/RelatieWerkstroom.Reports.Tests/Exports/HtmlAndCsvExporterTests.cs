using System.Xml.Linq;
using RelatieWerkstroom.Reports.Exports;

namespace RelatieWerkstroom.Reports.Tests.Exports;

public sealed class HtmlAndCsvExporterTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    [Fact]
    public async Task Html_SampleReport_SummaryFirstWithInlineSvgChartsAndNoExternalResources()
    {
        var writer = new StringWriter();

        await HtmlReportExporter.WriteAsync(fixture.Report, writer);

        var html = writer.ToString();
        Assert.True(html.IndexOf("id=\"samenvatting\"", StringComparison.Ordinal) < html.IndexOf("id=\"grafieken\"", StringComparison.Ordinal));
        Assert.True(html.Split("<svg").Length - 1 >= 3, "expected at least three inline SVG charts");
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("lang=\"nl\"", html);
    }

    [Fact]
    public async Task Csv_SampleReport_OneFilePerMetricWithDutchHeadersAndAllRows()
    {
        var directory = Path.Combine(Path.GetTempPath(), "rw-csv-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = await CsvReportExporter.WriteAsync(fixture.Report, directory);

            Assert.Equal(ReportTables.From(fixture.Report).Count, paths.Count);
            var lines = await File.ReadAllLinesAsync(Path.Combine(directory, "regeldruk-stap.csv"));
            Assert.StartsWith("Werkstroom,Versie,Stap-id,Stap,Regelherkomst", lines[0]);
            Assert.Equal(fixture.Report.Burden.Count + 1, lines.Length);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }
}
