using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using RelatieWerkstroom.Cli.Tests.Support;

namespace RelatieWerkstroom.Cli.Tests.Commands;

/// <summary><c>werkstroom report</c> over a simulated database: every format opens, no personal data leaves, event logs need a key.</summary>
[Collection(SimulatedCaseloadsCollection.Name)]
public sealed class ReportCommandTests(SimulatedCaseloads caseloads)
{
    private const string KeyVariable = "RW_REPORTS_PSEUDONYM_KEY";

    private static readonly Dictionary<string, string?> WithKey = new() { [KeyVariable] = "test-sleutel-voor-de-cli-tests-van-minstens-32-tekens" };
    private static readonly Dictionary<string, string?> WithoutKey = new() { [KeyVariable] = null };

    [Fact]
    public async Task Report_EveryFormat_WritesFilesThatOpenAndPrintsTheirPaths()
    {
        using var temp = new TempFolder();
        var output = temp.File("rapport");

        var result = await Werkstroom.RunAsync(WithKey, "report", "--db", caseloads.FrequentEventsDatabase.Path,
            "--format", "csv,xlsx", "--format", "pdf", "--format", "html,xes,ocel", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Stdout, path => Assert.True(File.Exists(path), path));
        Assert.Equal(result.Stdout.Order(), Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order());

        var csv = result.Stdout.Where(p => p.EndsWith(".csv", StringComparison.Ordinal)).ToList();
        Assert.True(csv.Count > 5);
        Assert.All(csv, path => Assert.Contains(',', File.ReadLines(path).First()));

        using (var xlsx = SpreadsheetDocument.Open(Single(result, ".xlsx"), false))
            Assert.True(xlsx.WorkbookPart!.WorksheetParts.Count() > 1);

        var (pages, text) = PdfPages.Read(Single(result, ".pdf"));
        Assert.True(pages >= 2, $"{pages} page(s)");
        Assert.Contains("Frictierapport", text, StringComparison.Ordinal);

        Assert.Contains("<html", File.ReadAllText(Single(result, ".html")), StringComparison.OrdinalIgnoreCase);

        var xes = XDocument.Load(Single(result, ".xes"));
        Assert.Equal(caseloads.FrequentEventsDatabase.Count("SELECT count(DISTINCT CorrelationId) FROM Journal"),
            xes.Root!.Elements(XName.Get("trace", "http://www.xes-standard.org/")).Count());

        using var ocel = JsonDocument.Parse(File.ReadAllBytes(Single(result, ".ocel.json")));
        Assert.True(ocel.RootElement.GetProperty("events").GetArrayLength() > 0);
        Assert.True(ocel.RootElement.GetProperty("objects").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Report_AllOutputs_ContainNoneOfTheSubjectsBsnsOrNames()
    {
        using var temp = new TempFolder();
        var output = temp.File("rapport");
        var database = caseloads.FrequentEventsDatabase;
        var subjects = database.Subjects();
        Assert.NotEmpty(subjects); // the personal data really is in the database

        var result = await Werkstroom.RunAsync(WithKey, "report", "--db", database.Path, "--format", "csv,xlsx,pdf,html,xes,ocel", "--out", output);

        Assert.Equal(0, result.ExitCode);
        foreach (var path in result.Stdout)
        {
            var text = ReadableText(path);
            Assert.True(text.Length > 100, $"{path} is suspiciously small");
            foreach (var (bsn, name) in subjects)
            {
                Assert.False(text.Contains(bsn, StringComparison.Ordinal), $"{Path.GetFileName(path)} contains a BSN");
                Assert.False(text.Contains(name, StringComparison.OrdinalIgnoreCase), $"{Path.GetFileName(path)} contains a name");
            }
        }
        Assert.DoesNotContain(result.Stderr, l => subjects.Any(s => l.Contains(s.Bsn, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Report_EventLogsWithoutKey_AreRefusedWithTheReportsMessageAndNothingIsWritten()
    {
        using var temp = new TempFolder();
        var output = temp.File("rapport");

        var result = await Werkstroom.RunAsync(WithoutKey, "report", "--db", caseloads.DefaultDatabase.Path, "--format", "pdf,xes", "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Stderr, l => l.StartsWith("Export geweigerd", StringComparison.Ordinal) && l.Contains(KeyVariable, StringComparison.Ordinal));
        Assert.Empty(result.Stdout);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public async Task Report_SummaryFormatsWithoutKey_AreWritten()
    {
        using var temp = new TempFolder();

        var result = await Werkstroom.RunAsync(WithoutKey, "report", "--db", caseloads.DefaultDatabase.Path, "--format", "html", "--out", temp.File("rapport"));

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("frictierapport.html", Assert.Single(result.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithMunicipality_PricesWithItsTariffsAndSaysWhereTheyComeFrom()
    {
        using var temp = new TempFolder();

        var configured = await Werkstroom.RunAsync(WithoutKey, "report", "--db", caseloads.DefaultDatabase.Path, "--format", "html",
            "--municipality", "voorbeeldstad", "--out", temp.File("met"));
        var placeholder = await Werkstroom.RunAsync(WithoutKey, "report", "--db", caseloads.DefaultDatabase.Path, "--format", "html", "--out", temp.File("zonder"));

        Assert.Equal(0, configured.ExitCode);
        var html = await File.ReadAllTextAsync(Assert.Single(configured.Stdout));
        Assert.Contains("voorbeeldstad.json", html, StringComparison.Ordinal);
        Assert.DoesNotContain("niet officieel", html, StringComparison.Ordinal);
        Assert.Contains("niet officieel", await File.ReadAllTextAsync(Assert.Single(placeholder.Stdout)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_TeamFilter_ReportsOnlyCasesOfThatTeam()
    {
        using var temp = new TempFolder();

        var result = await Werkstroom.RunAsync(WithoutKey, "report", "--db", caseloads.FrequentEventsDatabase.Path, "--format", "csv",
            "--team", "wijkteam-noord", "--out", temp.File("rapport"));

        Assert.Equal(0, result.ExitCode);
        var breaches = File.ReadAllLines(Assert.Single(result.Stdout, p => p.EndsWith("overschrijdingen-dwangsom.csv", StringComparison.Ordinal)));
        var team = Array.IndexOf(breaches[0].TrimStart('\uFEFF').Split(','), "Team");
        Assert.True(team >= 0);
        Assert.True(breaches.Length > 1);
        Assert.All(breaches.Skip(1), row => Assert.Equal("wijkteam-noord", row.Split(',')[team]));
    }

    [Theory]
    [InlineData("--format", "docx")]
    [InlineData("--from", "1-1-2026")]
    public async Task Report_BadOption_IsAUsageErrorNamingIt(string option, string value)
    {
        using var temp = new TempFolder();
        string[] args = option == "--format"
            ? ["report", "--db", caseloads.DefaultDatabase.Path, "--out", temp.File("r"), option, value]
            : ["report", "--db", caseloads.DefaultDatabase.Path, "--out", temp.File("r"), "--format", "csv", option, value];

        var result = await Werkstroom.RunAsync(WithoutKey, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Stderr, l => l.StartsWith(option, StringComparison.Ordinal) && l.Contains(value, StringComparison.Ordinal));
    }

    private static string Single(Werkstroom.Result result, string suffix) =>
        Assert.Single(result.Stdout, p => p.EndsWith(suffix, StringComparison.Ordinal));

    // The text a reader of the file sees: XLSX is unzipped (its XML parts), PDF is read back with PDFsharp.
    private static string ReadableText(string path)
    {
        if (path.EndsWith(".pdf", StringComparison.Ordinal)) return PdfPages.Read(path).Text;
        if (!path.EndsWith(".xlsx", StringComparison.Ordinal)) return File.ReadAllText(path);
        var text = new StringBuilder();
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }
}
