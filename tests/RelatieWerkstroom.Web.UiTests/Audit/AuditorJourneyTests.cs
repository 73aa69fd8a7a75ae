using System.Text.RegularExpressions;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Audit;

/// <summary>
/// An auditor on the real host with its demo caseload: changes the period and sees the figures change, drills down to
/// the cases behind a figure and sees no personal data, downloads an XLSX that opens; every auditor page passes axe.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class AuditorJourneyTests(UiFixture fixture)
{
    static AuditorJourneyTests()
    {
        // The report streams the whole journal of the demo caseload; on a busy CI machine that takes more than the 5 s default.
        SetDefaultExpectTimeout(30_000);
    }

    private static async Task<IPage> OpenDashboardAsync(IPage page)
    {
        var console = new List<string>();
        page.Console += (_, m) => console.Add(m.Type + ": " + m.Text);
        page.Response += (_, r) => { if (r.Status >= 400) console.Add($"{r.Status} {r.Url}"); };
        await page.SignInAsync(DemoUsers.Auditor);
        await page.GotoAsync("/audit");
        try
        {
            await Expect(page.GetByTestId("report-summary")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d"));
        }
        catch (PlaywrightException)
        {
            throw new InvalidOperationException("the dashboard shows no figures: " + (await page.Locator("main").InnerHTMLAsync())[^Math.Min(1500, (await page.Locator("main").InnerHTMLAsync()).Length)..] + "\n" + string.Join("\n", console));
        }
        return page;
    }

    /// <summary>Opens the disclosure under a chart, as a person does to read its figures, and returns the table in it.</summary>
    private static async Task<ILocator> OpenTableAsync(IPage page, string figure)
    {
        var section = page.GetByTestId("figure-" + figure);
        await section.GetByText("Toon de cijfers als tabel").ClickAsync();
        var table = section.GetByRole(AriaRole.Table);
        await Expect(table).ToBeVisibleAsync();
        return table;
    }

    [Fact]
    public async Task An_auditor_changes_the_period_and_every_figure_follows()
    {
        var page = await OpenDashboardAsync(await fixture.NewPageAsync());
        var cases = page.GetByTestId("report-summary");
        var before = await cases.InnerTextAsync();
        var burdenTable = await OpenTableAsync(page, "burden");
        var burdenBefore = await burdenTable.InnerTextAsync();
        // Voorbeeldstad's tariffs are example values: the auditor is told so next to the euros, and sees them split by who bears them.
        await Expect(page.GetByTestId("example-tariffs")).ToContainTextAsync("voorbeeldtarieven");
        await Expect(burdenTable).ToContainTextAsync("Uitvoeringskosten gemeente");
        await Expect(burdenTable).ToContainTextAsync("Regeldruk bedrijven");

        await page.GetByLabel("Periode").SelectOptionAsync("3m");

        await Expect(cases).Not.ToHaveTextAsync(before);
        await Expect(burdenTable).Not.ToHaveTextAsync(burdenBefore);
        Assert.Contains("periode=3m", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_auditor_drills_down_from_a_figure_to_pseudonymised_cases_without_personal_data()
    {
        var personalData = await PersonalData.OfAsync(fixture.Host);
        var page = await OpenDashboardAsync(await fixture.NewPageAsync());

        await (await OpenTableAsync(page, "burden")).GetByRole(AriaRole.Link, new() { Name = "Zaken achter Landelijk" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zaken achter het cijfer", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("cases-about")).ToContainTextAsync("herkomst Landelijk");
        var timeline = page.GetByTestId("case-timeline").First;
        await Expect(timeline).ToContainTextAsync("Werkstroom gestart");
        await Expect(timeline.GetByRole(AriaRole.Heading)).ToContainTextAsync("z-");
        PersonalData.AssertNoneIn(personalData, await page.Locator("main").InnerTextAsync(), "the drill-down");
        await page.AssertAccessibleAsync("the cases behind a figure");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_auditor_downloads_an_xlsx_that_opens_in_a_spreadsheet_reader()
    {
        var personalData = await PersonalData.OfAsync(fixture.Host);
        var page = await OpenDashboardAsync(await fixture.NewPageAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Excel (XLSX)" }).ClickAsync());

        Assert.Equal("frictierapport.xlsx", download.SuggestedFilename);
        await Expect(page.GetByTestId("export-done")).ToContainTextAsync("frictierapport.xlsx is gedownload");
        var path = Path.Combine(Path.GetTempPath(), $"rw-ui-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            using var document = SpreadsheetDocument.Open(path, false);
            var workbook = document.WorkbookPart!;
            var sheets = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!).ToList();
            Assert.True(sheets.Count > 3, $"sheets: {string.Join(", ", sheets)}");
            var text = new StringBuilder(workbook.SharedStringTablePart?.SharedStringTable.InnerText);
            foreach (var sheet in workbook.WorksheetParts) text.Append(sheet.Worksheet.InnerText);
            Assert.Contains("wijkteam-noord", text.ToString(), StringComparison.Ordinal);
            PersonalData.AssertNoneIn(personalData, text.ToString(), "the XLSX export");
        }
        finally
        {
            File.Delete(path);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_auditor_pages_have_no_WCAG_violations_and_the_dashboard_screenshot_is_saved()
    {
        var personalData = await PersonalData.OfAsync(fixture.Host);
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 800);
        await OpenDashboardAsync(page);
        // Names, not codes: the workflow and team names from the definitions and the settings.
        await Expect(page.GetByTestId("figure-deadlines")).ToContainTextAsync("RW-1 Wmo maatwerkvoorziening");
        await OpenTableAsync(page, "discretion");
        await Expect(page.GetByTestId("figure-discretion").GetByRole(AriaRole.Table)).ToContainTextAsync("Wijkteam Noord");
        await Expect(page.GetByTestId("figure-discretion").GetByRole(AriaRole.Table)).ToContainTextAsync("Hoe pakken we de melding op?");
        await page.AssertAccessibleAsync("the dashboard with a table open");
        await page.GetByTestId("figure-discretion").GetByText("Toon de cijfers als tabel").ClickAsync();
        await page.AssertAccessibleAsync("the dashboard");
        await page.SaveWindowScreenshotAsync("dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Procesmodel" }).ClickAsync();
        // The map opens on the workflow with the most cases, the Wmo workflow of the demo caseload, not on the first by name:
        // other journeys of this run add small workflows that sort before it ("Incident …").
        await Expect(page).ToHaveURLAsync(new Regex("werkstroom="));
        await Expect(page.GetByLabel("Werkstroom", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync("RW-1 Wmo maatwerkvoorziening");
        await Expect(page.GetByTestId("process-map-summary")).ToContainTextAsync("zaken in deze werkstroom");
        await Expect(page.Locator(".rw-pm-node").First).ToBeVisibleAsync();
        PersonalData.AssertNoneIn(personalData, await page.Locator("main").InnerTextAsync(), "the process map");
        await page.AssertAccessibleAsync("the process map");

        await page.GetByRole(AriaRole.Link, new() { Name = "Knelpunten" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Knelpunten", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("red-tape-steps").Or(page.GetByTestId("red-tape-empty"))).ToBeVisibleAsync();
        PersonalData.AssertNoneIn(personalData, await page.Locator("main").InnerTextAsync(), "the red-tape flags");
        await page.AssertAccessibleAsync("the red-tape flags");
        await page.Context.CloseAsync();
    }
}
