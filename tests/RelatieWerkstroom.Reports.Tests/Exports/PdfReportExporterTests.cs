using RelatieWerkstroom.Reports.Exports;
using RelatieWerkstroom.Reports.Tests.Support;
using RelatieWerkstroom.Tests.Shared;

namespace RelatieWerkstroom.Reports.Tests.Exports;

public sealed class PdfReportExporterTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    [Fact]
    public void Write_SampleReport_SummaryFirstThenChartsHotspotsAndManifest()
    {
        using var stream = new MemoryStream();

        PdfReportExporter.Write(fixture.Report, stream);

        stream.Position = 0;
        var (pages, text) = PdfText.Read(stream);
        Assert.True(pages >= 4, $"expected summary, charts, hotspots and manifest pages, got {pages}");
        Assert.Equal(DutchSummary.Title, text[0]);
        var all = string.Join(" ", text);
        Assert.Contains("Kerncijfers", all);
        Assert.Contains("Onderzoek", all);
        Assert.Contains("Eenvoudige melding zonder volledig onderzoek", all);
        Assert.True(all.IndexOf("Kerncijfers", StringComparison.Ordinal) < all.IndexOf("Verantwoording", StringComparison.Ordinal));
    }
}
