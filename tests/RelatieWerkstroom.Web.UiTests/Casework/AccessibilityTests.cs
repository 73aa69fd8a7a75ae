using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>axe-core finds no WCAG 2.1 A/AA violation on the caseworker's and the administrator's pages; screenshots of the worklist are saved.</summary>
[Collection(UiCollection.Name)]
public sealed class AccessibilityTests(UiFixture fixture)
{
    [Fact]
    public async Task The_caseworker_pages_have_no_WCAG_violations()
    {
        var caseFileId = await Cases.OpenWmoMeldingAsync(fixture.Host.Services, DemoUsers.CaseworkerNoord, "wijkteam-noord", "Scootmobiel");
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.CaseworkerNoord);

        await page.GotoAsync("/werkvoorraad");
        await Expect(page.GetByTestId("worklist-row").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("the worklist");
        await page.SaveScreenshotAsync("worklist");

        await page.GotoAsync("/melding/nieuw");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dossier openen" }).ClickAsync();
        await Expect(page.GetByText("Vul het BSN in.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("the new melding form with its errors");

        await page.GotoAsync("/dossiers");
        await Expect(page.GetByTestId("case-row").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("the dossier search");

        await page.GotoAsync($"/dossier/{caseFileId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Scootmobiel", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Openen") }).First.ClickAsync();
        await Expect(page.GetByTestId("document-view")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("the dossier with a document open");

        // The discretion point (triage), then the first task.
        await page.GetByTestId("open-tasks").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" })).ToBeVisibleAsync();
        await page.GetByLabel("Spoed").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(page.GetByText("Een motivering is verplicht")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("a discretion point refused without a reason");
        await page.GetByLabel("Wmo-onderzoek").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Paragraph).Filter(new() { HasText = "Het besluit 'onderzoek' is vastgelegd." })).ToBeVisibleAsync();
        await page.GotoAsync($"/dossier/{caseFileId}");
        await page.GetByTestId("open-tasks").GetByRole(AriaRole.Link, new() { Name = "Inwoner informeren en gesprek plannen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gereed" }).ClickAsync();
        await Expect(page.GetByText("Vul 'Datum gesprek' in.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("a task form with its errors");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_access_log_shows_who_opened_a_dossier_and_has_no_WCAG_violations()
    {
        var caseFileId = await Cases.OpenWmoMeldingAsync(fixture.Host.Services, DemoUsers.CaseworkerNoord, "wijkteam-noord", "Traplift");
        var caseworker = await fixture.NewPageAsync();
        await caseworker.SignInAsync(DemoUsers.CaseworkerNoord);
        await caseworker.GotoAsync($"/dossier/{caseFileId}");
        await Expect(caseworker.GetByRole(AriaRole.Heading, new() { Name = "Traplift", Level = 1 })).ToBeVisibleAsync();
        await caseworker.Context.CloseAsync();

        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Administrator);
        await page.GetByRole(AriaRole.Link, new() { Name = "Toegangslog" }).ClickAsync();
        await page.GetByLabel("Dossiernummer").FillAsync(caseFileId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        var row = page.GetByTestId("access-log-row").First;
        await Expect(row).ToContainTextAsync(DemoUsers.CaseworkerNoord);
        await Expect(row).ToContainTextAsync("behandeling");
        await Expect(row).ToContainTextAsync("dossier geopend");
        await page.AssertAccessibleAsync("the access log");
        await page.Context.CloseAsync();
    }
}
