using System.Text;
using DocumentFormat.OpenXml.Packaging;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Exports;
using RelatieWerkstroom.Reports.Privacy;
using RelatieWerkstroom.Reports.Tests.Support;
using RelatieWerkstroom.Tests.Shared;

namespace RelatieWerkstroom.Reports.Tests.Privacy;

public sealed class PrivacyTests
{
    [Fact]
    public async Task AllExports_JournalWithPlantedBsnsAndNames_NoneOfThemLeaves()
    {
        var journal = SampleJournal.Build(plantPersonalData: true);
        var planted = string.Join("", journal.Select(e => e.CorrelationId + e.Actor + e.PayloadJson));
        Assert.All(SampleJournal.PersonalData, p => Assert.Contains(p, planted)); // the test really plants them

        var report = await new FrictionAnalyzer(SampleJournal.Options, FixedTime.Default).AnalyzeAsync(journal.ToAsyncEnumerable());
        var outputs = new Dictionary<string, string>();
        using (var xes = new MemoryStream())
        {
            await new XesExporter(SampleJournal.Options, SampleJournal.Pseudonymizer).WriteAsync(journal.ToAsyncEnumerable(), xes);
            outputs["xes"] = Encoding.UTF8.GetString(xes.ToArray());
        }

        using (var ocel = new MemoryStream())
        {
            await new OcelExporter(SampleJournal.Options, SampleJournal.Pseudonymizer).WriteAsync(journal.ToAsyncEnumerable(), ocel);
            outputs["ocel"] = Encoding.UTF8.GetString(ocel.ToArray());
        }

        var html = new StringWriter();
        await HtmlReportExporter.WriteAsync(report, html);
        outputs["html"] = html.ToString();
        var csv = new StringBuilder();
        foreach (var table in ReportTables.From(report))
        {
            var writer = new StringWriter();
            await CsvReportExporter.WriteAsync(table, writer);
            csv.Append(writer);
        }

        outputs["csv"] = csv.ToString();
        using (var xlsx = new MemoryStream())
        {
            XlsxReportExporter.Write(report, xlsx);
            xlsx.Position = 0;
            using var document = SpreadsheetDocument.Open(xlsx, false);
            outputs["xlsx"] = string.Join("\n", document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet.InnerText));
        }

        using (var pdf = new MemoryStream())
        {
            PdfReportExporter.Write(report, pdf);
            pdf.Position = 0;
            outputs["pdf"] = string.Join(" ", PdfText.Read(pdf).Text);
        }

        foreach (var (format, text) in outputs)
        {
            Assert.True(text.Length > 1000, $"{format} export is suspiciously small");
            foreach (var personal in SampleJournal.PersonalData) Assert.False(text.Contains(personal, StringComparison.OrdinalIgnoreCase), $"{format} contains '{personal}'");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("too-short")]
    public void FromSecret_MissingOrShortKey_RefusesWithAClearMessage(string? secret)
    {
        var error = Assert.Throws<ExportRefusedException>(() => Pseudonymizer.FromSecret(secret));

        Assert.Contains("Export geweigerd", error.Message);
        Assert.Contains(Pseudonymizer.ConfigurationKey, error.Message);
    }

    [Fact]
    public void Case_SameIdDifferentKeys_DifferentPseudonymsAndNoPlainId()
    {
        var a = Pseudonymizer.FromSecret(new string('a', 40));
        var b = Pseudonymizer.FromSecret(new string('b', 40));

        Assert.Equal(a.Case("123456782"), a.Case("123456782"));
        Assert.NotEqual(a.Case("123456782"), b.Case("123456782"));
        Assert.NotEqual(a.Case("x"), a.User("x"));
        Assert.DoesNotContain("123456782", a.Case("123456782"));
    }
}
