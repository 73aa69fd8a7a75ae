using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>The consulent's journey without a mouse: every field is reached with Tab, chosen with the arrow keys or Space, sent with Enter.</summary>
[Collection(UiCollection.Name)]
public sealed class KeyboardJourneyTests(UiFixture fixture)
{
    [Fact]
    public async Task The_melding_to_beschikking_journey_by_keyboard_only()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("Gebruikersnaam").FocusAsync();
        await page.Keyboard.TypeAsync(DemoUsers.CaseworkerNoord);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(DemoUsers.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();

        // Nieuwe melding: Enter on the menu item, Space on the kind, type the rest, Enter to send.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe melding of aanvraag" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByLabel("Melding Wmo (ondersteuning thuis)").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(page.GetByLabel("Melding Wmo (ondersteuning thuis)")).ToBeCheckedAsync();
        await page.GetByLabel("BSN van de inwoner").FocusAsync();
        await page.Keyboard.TypeAsync(TestCitizens.NewBsn());
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Naam van de inwoner")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Kees Toetsenbord");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Rolstoel");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rolstoel", Level = 1 })).ToBeVisibleAsync();
        var dossierUrl = page.Url;
        var caseFileId = dossierUrl[(dossierUrl.LastIndexOf('/') + 1)..];

        // Triage with the default: Enter on the decide button.
        await PressEnterOnAsync(page.GetByTestId("open-tasks").GetByRole(AriaRole.Link, new() { Name = "Hoe pakken we de melding op?" }));
        await PressEnterOnAsync(page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }));
        await Expect(page.GetByRole(AriaRole.Paragraph).Filter(new() { HasText = "Het besluit 'onderzoek' is vastgelegd." })).ToBeVisibleAsync();
        await PressEnterOnAsync(page.GetByRole(AriaRole.Link, new() { Name = "Rolstoel" }));

        // The first task: claim with Enter, Space on each "Ja", type the date.
        await PressEnterOnAsync(page.GetByTestId("open-tasks").GetByRole(AriaRole.Link, new() { Name = "Inwoner informeren en gesprek plannen" }));
        await PressEnterOnAsync(page.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }));
        await Expect(page.GetByText("U hebt deze taak opgepakt.")).ToBeVisibleAsync();
        foreach (var question in new[] { "Persoonlijk plan besproken", "Gratis cliëntondersteuning aangeboden", "Pgb toegelicht", "Eigen bijdrage toegelicht" })
        {
            await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel("Ja").FocusAsync();
            await page.Keyboard.PressAsync("Space");
        }
        await page.GetByLabel("Datum gesprek").FocusAsync();
        await page.Keyboard.TypeAsync(DateTime.Today.ToString("ddMMyyyy"));
        await PressEnterOnAsync(page.GetByRole(AriaRole.Button, new() { Name = "Gereed" }));
        await Expect(page.GetByRole(AriaRole.Paragraph).Filter(new() { HasText = "De taak is afgerond met 'Gereed'." })).ToBeVisibleAsync();
        await PressEnterOnAsync(page.GetByRole(AriaRole.Link, new() { Name = "Rolstoel" }));

        // Deviating: the arrow key moves to the other option; Enter without a reason is refused; with one it is decided.
        await PressEnterOnAsync(page.GetByTestId("open-tasks").GetByRole(AriaRole.Link, new() { Name = "Welke gegevens vragen we nog bij de inwoner op?" }));
        await page.GetByLabel("Alleen registers").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByLabel("Ook bij de inwoner")).ToBeCheckedAsync();
        await PressEnterOnAsync(page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }));
        await Expect(page.GetByText("Een motivering is verplicht")).ToBeVisibleAsync();
        await page.GetByLabel("Motivering").FocusAsync();
        // The reason ends up in the beschikking's motivering; what looks like HTML in it must stay text there.
        await page.Keyboard.TypeAsync(InjectedReason);
        await PressEnterOnAsync(page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }));
        await Expect(page.GetByRole(AriaRole.Paragraph).Filter(new() { HasText = "Het besluit 'inwoner' is vastgelegd." })).ToBeVisibleAsync();

        await CaseDriver.DriveUntilBeschikkingSentAsync(fixture.Host.Services, caseFileId, DemoUsers.CaseworkerNoord, "wijkteam-noord");

        // In the dossier: open the beschikking with Enter.
        await page.GotoAsync(dossierUrl);
        var beschikking = page.GetByTestId("documents").Locator("li[data-kind=beschikking]").First;
        await PressEnterOnAsync(beschikking.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Openen") }));
        await Expect(page.GetByTestId("document-view")).ToContainTextAsync("Beschikking");
        var letter = page.GetByTestId("markdown-document");
        await Expect(letter.GetByRole(AriaRole.Listitem).Filter(new() { HasText = InjectedReason })).ToHaveCountAsync(1);
        await Expect(letter.Locator("img, script, [onerror]")).ToHaveCountAsync(0);
        Assert.Equal("no", await page.EvaluateAsync<string>("() => window.rwInjected === undefined ? 'no' : 'yes'"));
        await Expect(page.Locator("[data-testid=clock][data-clock=bezwaartermijn]")).ToContainTextAsync("loopt");
        await page.Context.CloseAsync();
    }

    private const string InjectedReason = "De inwoner heeft recente medische stukken <img src=x onerror=\"window.rwInjected=1\">.";

    private static async Task PressEnterOnAsync(ILocator target)
    {
        await target.FocusAsync();
        await target.Page.Keyboard.PressAsync("Enter");
    }
}
