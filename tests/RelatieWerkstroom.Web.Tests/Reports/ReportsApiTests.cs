using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using RelatieWerkstroom.Tests.Shared;
using RelatieWerkstroom.Web.Security;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Reports;

/// <summary>The auditor's API over a seeded caseload: figures follow the filters, exports open, and no personal data leaves.</summary>
public abstract class ReportsApiTests(SeededCaseload caseload)
{
    private const string Wmo = "rw1-wmo-maatwerkvoorziening";

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private static string MonthsAgo(int months) => DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-months).ToString("yyyy-MM-dd");

    private async Task<ApiClient> AuditorAsync() => await caseload.Host.SignInAsync("auditor");

    private void AssertNoPersonalData(string text, string what)
    {
        Assert.True(caseload.Subjects > 100, $"the caseload holds {caseload.Subjects} subjects");
        var leaks = caseload.LeaksIn(text);
        Assert.True(leaks.Count == 0, $"{what} contains personal data: {string.Join(", ", leaks.Take(5))}");
    }

    [Fact]
    public async Task The_friction_report_covers_the_seeded_cases_and_holds_no_name_or_BSN()
    {
        using var auditor = await AuditorAsync();

        var response = await auditor.GetAsync("/api/reports/friction");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(text)!;
        Assert.True(report["summary"]!["cases"]!.GetValue<long>() > 100, text[..200]);
        Assert.NotEmpty(report["burdenByOrigin"]!.AsArray());
        Assert.NotEmpty(report["deadlineCompliance"]!.AsArray());
        Assert.Contains("voorbeeldstad.json", report["manifest"]!["tariffSource"]!.GetValue<string>(), StringComparison.Ordinal);
        AssertNoPersonalData(text, "/api/reports/friction");
    }

    [Fact]
    public async Task A_shorter_period_a_team_a_workflow_and_a_version_each_change_the_figures()
    {
        using var auditor = await AuditorAsync();
        var all = await auditor.GetJsonAsync("/api/reports/friction");
        var cases = all["summary"]!["cases"]!.GetValue<long>();

        var recent = await auditor.GetJsonAsync($"/api/reports/friction?from={MonthsAgo(1)}&to={Today}");
        var noord = await auditor.GetJsonAsync("/api/reports/friction?team=wijkteam-noord");
        var wmo = await auditor.GetJsonAsync($"/api/reports/friction?workflow={Wmo}");
        var noVersion = await auditor.GetJsonAsync($"/api/reports/friction?workflow={Wmo}&version=999");

        Assert.InRange(recent["summary"]!["cases"]!.GetValue<long>(), 1, cases - 1);
        Assert.InRange(noord["summary"]!["cases"]!.GetValue<long>(), 1, cases - 1);
        Assert.All(noord["discretion"]!.AsArray(), r => Assert.Equal("wijkteam-noord", r!["team"]!.GetValue<string>()));
        Assert.InRange(wmo["summary"]!["cases"]!.GetValue<long>(), 1, cases - 1);
        // A Wmo case's bezwaar (RW-5) belongs to the case; the other workflows' cases are gone.
        Assert.All(wmo["deadlineCompliance"]!.AsArray(), r => Assert.Contains(r!["workflow"]!.GetValue<string>(), new[] { Wmo, "rw5-bezwaar" }));
        Assert.Contains(all["deadlineCompliance"]!.AsArray(), r => r!["workflow"]!.GetValue<string>() is not (Wmo or "rw5-bezwaar"));
        Assert.Equal(0, noVersion["summary"]!["cases"]!.GetValue<long>());
        Assert.Single((await auditor.GetJsonAsync($"/api/reports/friction?workflow={Wmo}&version=1"))["manifest"]!["workflows"]!.AsArray());
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_a_problem_naming_the_end()
    {
        using var auditor = await AuditorAsync();

        var problem = await ApiClient.ProblemOf(await auditor.GetAsync("/api/reports/friction?from=2026-03-01&to=2026-01-01"), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["to"]);
    }

    [Fact]
    public async Task The_choices_list_the_workflows_with_their_versions_discretion_points_and_the_teams()
    {
        using var auditor = await AuditorAsync();

        var choices = await auditor.GetJsonAsync("/api/reports/choices");

        var wmo = Assert.Single(choices["workflows"]!.AsArray(), w => w!["id"]!.GetValue<string>() == Wmo)!;
        Assert.Contains(1, wmo["versions"]!.AsArray().Select(v => v!.GetValue<int>()));
        // The dashboard shows the question and the option labels instead of the codes the report rows carry.
        var triage = Assert.Single(wmo["discretionPoints"]!.AsArray(), p => p!["id"]!.GetValue<string>() == "RW1-DP1")!;
        Assert.Equal("Hoe pakken we de melding op?", triage["question"]!.GetValue<string>());
        Assert.Contains(triage["options"]!.AsArray(), o => o!["id"]!.GetValue<string>() == "advies" && o["label"]!.GetValue<string>() == "Informatie en advies");
        Assert.Contains(choices["teams"]!.AsArray(), t => t!["id"]!.GetValue<string>() == "wijkteam-zuid" && t["name"]!.GetValue<string>() == "Wijkteam Zuid");
        // How many cases each workflow has, so the process map can open on the busiest one: the demo caseload is mostly Wmo.
        var instances = choices["workflows"]!.AsArray().ToDictionary(w => w!["id"]!.GetValue<string>(), w => w!["instances"]!.GetValue<int>());
        Assert.True(instances[Wmo] > 0, "the Wmo workflow has cases");
        Assert.Equal(instances.Values.Max(), instances[Wmo]);
    }

    [Theory]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "frictierapport.xlsx")]
    [InlineData("csv", "application/zip", "frictierapport-csv.zip")]
    [InlineData("pdf", "application/pdf", "frictierapport.pdf")]
    [InlineData("html", "text/html", "frictierapport.html")]
    [InlineData("xes", "application/xml", "journaal.xes")]
    [InlineData("ocel", "application/json", "journaal.ocel.json")]
    public async Task Every_export_downloads_as_a_named_file_that_opens_and_holds_no_personal_data(string format, string contentType, string fileName)
    {
        using var auditor = await AuditorAsync();

        var response = await auditor.GetAsync($"/api/reports/exports/{format}?team=wijkteam-noord");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        var text = TextOf(format, bytes);
        Assert.True(text.Length > 500, $"{format}: {text.Length} characters of text");
        AssertNoPersonalData(text, format);
    }

    [Fact]
    public async Task An_unknown_export_format_is_a_problem_listing_the_formats()
    {
        using var auditor = await AuditorAsync();

        var problem = await ApiClient.ProblemOf(await auditor.GetAsync("/api/reports/exports/docx"), HttpStatusCode.NotFound);

        Assert.Contains("xlsx", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_process_map_counts_every_finished_instance_into_the_end_and_follows_the_period()
    {
        using var auditor = await AuditorAsync();

        var map = await auditor.GetJsonAsync($"/api/reports/process-map?workflow={Wmo}");
        var recent = await auditor.GetJsonAsync($"/api/reports/process-map?workflow={Wmo}&from={MonthsAgo(1)}");

        Assert.False(map["suppressed"]!.GetValue<bool>());
        var nodes = map["nodes"]!.AsArray();
        Assert.Contains(nodes, n => n!["id"]!.GetValue<string>() == "start");
        Assert.True(nodes.Count > 5, $"{nodes.Count} nodes");
        var edges = map["edges"]!.AsArray();
        var intoEnd = edges.Where(e => e!["to"]!.GetValue<string>() == "end").Sum(e => e!["count"]?.GetValue<int?>() ?? 0);
        var suppressedIntoEnd = edges.Any(e => e!["to"]!.GetValue<string>() == "end" && e["suppressed"]!.GetValue<bool>());
        if (!suppressedIntoEnd) Assert.Equal(map["finishedInstances"]!.GetValue<int>(), intoEnd);
        Assert.Contains(edges, e => e!["medianHours"] is not null);
        Assert.NotEmpty(map["variants"]!.AsArray());
        Assert.InRange(recent["instances"]!.GetValue<int>(), 0, map["instances"]!.GetValue<int>() - 1);
        AssertNoPersonalData(map.ToJsonString(), "process map");
    }

    [Fact]
    public async Task The_process_map_needs_a_workflow_that_exists()
    {
        using var auditor = await AuditorAsync();

        var missing = await ApiClient.ProblemOf(await auditor.GetAsync("/api/reports/process-map"), HttpStatusCode.BadRequest);
        await ApiClient.ProblemOf(await auditor.GetAsync("/api/reports/process-map?workflow=bestaat-niet"), HttpStatusCode.NotFound);

        Assert.NotNull(missing["errors"]!["workflow"]);
    }

    [Fact]
    public async Task The_cases_behind_a_figure_are_pseudonymised_with_a_timeline_and_no_personal_data()
    {
        using var auditor = await AuditorAsync();

        var page = await auditor.GetJsonAsync("/api/reports/cases?origin=national&team=wijkteam-noord&pageSize=50");
        var text = page.ToJsonString();

        Assert.False(page["suppressed"]!.GetValue<bool>());
        Assert.True(page["total"]!.GetValue<int>() >= 5);
        var cases = page["cases"]!.AsArray();
        Assert.NotEmpty(cases);
        Assert.All(cases, c =>
        {
            Assert.StartsWith("z-", c!["pseudonym"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal("wijkteam-noord", c["team"]!.GetValue<string>());
            Assert.NotEmpty(c["timeline"]!.AsArray());
        });
        Assert.True(caseload.CaseIds.Count > 100);
        Assert.DoesNotContain(caseload.CaseIds, id => text.Contains(id, StringComparison.Ordinal));
        AssertNoPersonalData(text, "drill-down");
    }

    [Fact]
    public async Task A_figure_behind_fewer_cases_than_the_threshold_shows_no_cases()
    {
        using var auditor = await AuditorAsync();

        var page = await auditor.GetJsonAsync("/api/reports/cases?step=bestaat-niet");

        Assert.True(page["suppressed"]!.GetValue<bool>());
        Assert.Empty(page["cases"]!.AsArray());
    }

    [Fact]
    public async Task Red_tape_flags_reach_the_auditor_per_step_and_a_flag_naming_a_citizen_is_withheld()
    {
        using var auditor = await AuditorAsync();

        var response = await auditor.GetAsync("/api/reports/red-tape");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var step = Assert.Single(JsonNode.Parse(text)!.AsArray(), s => s!["count"]!.GetValue<int>() == 2)!;
        Assert.Equal(Wmo, step["workflow"]!.GetValue<string>());
        var flags = step["flags"]!.AsArray().Select(f => f!["text"]!.GetValue<string>()).ToList();
        Assert.Contains(SeededCaseload.HarmlessFlag, flags);
        Assert.Contains(flags, f => f.StartsWith("(tekst weggelaten", StringComparison.Ordinal));
        AssertNoPersonalData(text, "red-tape flags");
    }

    public static TheoryData<string, string> ReportEndpointsAndOtherRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in ApiPolicy.Table.Where(r => r.Route.StartsWith("/api/reports/", StringComparison.Ordinal)))
        {
            Assert.Equal([WebRoles.Auditor], row.Roles);
            foreach (var role in WebRoles.All.Where(r => r != WebRoles.Auditor)) data.Add(row.Route, role);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReportEndpointsAndOtherRoles))]
    public async Task Only_auditors_reach_the_reports(string route, string role)
    {
        var user = role switch
        {
            WebRoles.Designer => "ontwerper",
            WebRoles.Caseworker => "consulent.noord",
            WebRoles.Teamlead => "teamleider.noord",
            WebRoles.Jurist => "jurist",
            _ => "beheerder",
        };
        var path = route.Replace("{format}", "xlsx", StringComparison.Ordinal);
        using var anonymous = caseload.Host.NewClient();
        using var other = await caseload.Host.SignInAsync(user);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(path)).StatusCode);
    }

    private static string TextOf(string format, byte[] bytes)
    {
        switch (format)
        {
            case "xlsx":
            {
                using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
                var parts = document.WorkbookPart!;
                Assert.NotEmpty(parts.WorksheetParts);
                var text = new StringBuilder();
                if (parts.SharedStringTablePart is { } strings) text.Append(strings.SharedStringTable.InnerText);
                foreach (var sheet in parts.WorksheetParts) text.Append(sheet.Worksheet.InnerText);
                return text.ToString();
            }
            case "csv":
            {
                using var zip = new ZipArchive(new MemoryStream(bytes));
                Assert.True(zip.Entries.Count > 5, $"{zip.Entries.Count} CSV files");
                return string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
            }
            case "pdf":
            {
                var (pages, text) = PdfText.Read(new MemoryStream(bytes));
                Assert.True(pages >= 1);
                return string.Join(" ", text);
            }
            case "xes":
                return XDocument.Parse(Encoding.UTF8.GetString(bytes)).ToString();
            case "ocel":
                return JsonNode.Parse(bytes)!.ToJsonString();
            default:
                return Encoding.UTF8.GetString(bytes);
        }
    }
}

public sealed class ReportsApiSqliteTests(SqliteSeededCaseload caseload) : ReportsApiTests(caseload), IClassFixture<SqliteSeededCaseload>;

[Trait("Category", "PostgreSql")]
public sealed class ReportsApiPostgreSqlTests(PostgreSqlSeededCaseload caseload) : ReportsApiTests(caseload), IClassFixture<PostgreSqlSeededCaseload>;
