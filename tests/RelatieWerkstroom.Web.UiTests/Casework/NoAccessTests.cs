using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>A consulent of team Zuid does not find a case of team Noord, and its address gives a clear "no access" page.</summary>
[Collection(UiCollection.Name)]
public sealed class NoAccessTests(UiFixture fixture)
{
    [Fact]
    public async Task A_Zuid_consulent_neither_finds_nor_opens_a_Noord_case()
    {
        var caseFileId = await Cases.OpenWmoMeldingAsync(fixture.Host.Services, DemoUsers.CaseworkerNoord, "wijkteam-noord", "Woningaanpassing Noord");
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.CaseworkerZuid);

        await page.GetByRole(AriaRole.Link, new() { Name = "Dossiers" }).ClickAsync();
        await page.GetByLabel("Zoeken", new() { Exact = true }).FillAsync(caseFileId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("cases-count")).ToHaveTextAsync("0 dossiers");
        await Expect(page.GetByText("Geen dossiers gevonden.")).ToBeVisibleAsync();

        await page.GotoAsync($"/dossier/{caseFileId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geen toegang", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("no-access")).ToContainTextAsync("Dit dossier hoort bij een ander team");
        await Expect(page.GetByText("Bert Proefpersoon")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("the no-access page");
        await page.Context.CloseAsync();
    }
}
