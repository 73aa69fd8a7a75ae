using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>
/// A consulent takes in a Wmo melding, decides the triage with the default, claims and completes the first task's
/// form, deviates at the next discretion point (refused without a reason, accepted with one), and after the rest of
/// the work finds the beschikking and the legal clocks in the dossier.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class CaseworkerJourneyTests(UiFixture fixture)
{
    [Fact]
    public async Task A_consulent_takes_a_melding_from_intake_to_the_beschikking_and_the_clock_in_the_dossier()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.CaseworkerNoord);

        // Nieuwe melding.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe melding of aanvraag" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Dossier openen" }).ClickAsync();
        await Expect(page.GetByText("Kies wat er binnenkomt.")).ToBeVisibleAsync();
        await page.GetByLabel("Melding Wmo (ondersteuning thuis)").CheckAsync();
        await page.GetByLabel("BSN van de inwoner").FillAsync(TestCitizens.NewBsn());
        await page.GetByLabel("Naam van de inwoner").FillAsync("Anna de Proef");
        await page.GetByLabel("Korte omschrijving").FillAsync("Hulp bij het huishouden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dossier openen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/dossier/z-"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hulp bij het huishouden", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("dossier-subject")).ToContainTextAsync("Anna de Proef");
        var dossierUrl = page.Url;
        var caseFileId = dossierUrl[(dossierUrl.LastIndexOf('/') + 1)..];

        // Triage: the default, without a reason.
        await page.GetByTestId("open-tasks").GetByRole(AriaRole.Link, new() { Name = "Hoe pakken we de melding op?" }).ClickAsync();
        await Expect(page.GetByLabel("Wmo-onderzoek")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Het besluit 'onderzoek' is vastgelegd." })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hulp bij het huishouden" }).ClickAsync();

        // The first task: claim it, complete its form.
        await page.GetByTestId("open-tasks").GetByRole(AriaRole.Link, new() { Name = "Inwoner informeren en gesprek plannen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).ClickAsync();
        await Expect(page.GetByText("U hebt deze taak opgepakt.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gereed" }).ClickAsync();
        await Expect(page.GetByText("Vul 'Datum gesprek' in.")).ToBeVisibleAsync();
        foreach (var question in new[] { "Persoonlijk plan besproken", "Gratis cliëntondersteuning aangeboden", "Pgb toegelicht", "Eigen bijdrage toegelicht" })
            await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel("Ja").CheckAsync();
        await page.GetByLabel("Datum gesprek").FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Gereed" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Paragraph).Filter(new() { HasText = "De taak is afgerond met 'Gereed'." })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hulp bij het huishouden" }).ClickAsync();

        // Deviating from the default: refused without a reason, decided with one.
        await page.GetByTestId("open-tasks").GetByRole(AriaRole.Link, new() { Name = "Welke gegevens vragen we nog bij de inwoner op?" }).ClickAsync();
        await page.GetByLabel("Ook bij de inwoner").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(page.GetByText("Een motivering is verplicht")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Motivering")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByLabel("Motivering").FillAsync("Het register mist de recente opname; de inwoner heeft de ontslagbrief.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Het besluit 'inwoner' is vastgelegd." })).ToBeVisibleAsync();

        // The rest of the onderzoek, the aanvraag and the beschikking.
        await CaseDriver.DriveUntilBeschikkingSentAsync(fixture.Host.Services, caseFileId, DemoUsers.CaseworkerNoord, "wijkteam-noord");

        await page.GotoAsync(dossierUrl);
        var beschikking = page.GetByTestId("documents").Locator("li[data-kind=beschikking]").First;
        await Expect(beschikking).ToBeVisibleAsync();
        await beschikking.GetByRole(AriaRole.Button, new() { Name = "Openen" }).ClickAsync();
        // The beschikking reads as a letter: its own headings below "Documenten", the key facts as a table, the reason in the motivering.
        var letter = page.GetByTestId("document-view").GetByTestId("markdown-document");
        await Expect(letter.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Beschikking "), Level = 3 })).ToBeVisibleAsync();
        await Expect(letter.GetByRole(AriaRole.Heading, new() { Name = "Motivering", Level = 4 })).ToBeVisibleAsync();
        await Expect(letter.GetByRole(AriaRole.Rowheader, new() { Name = "Kenmerk" })).ToBeVisibleAsync();
        await Expect(letter.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "de inwoner heeft de ontslagbrief" })).ToHaveCountAsync(1);
        await Expect(letter).Not.ToContainTextAsync("## ");
        await Expect(letter).ToContainTextAsync("Geachte Anna de Proef,");
        await Expect(letter).Not.ToContainTextAsync("{{betrokkene");
        await page.AssertAccessibleAsync("the dossier with the beschikking open");
        var bezwaartermijn = page.Locator("[data-testid=clock][data-clock=bezwaartermijn]");
        await Expect(bezwaartermijn).ToContainTextAsync("loopt");
        await Expect(bezwaartermijn).ToContainTextAsync("Awb art. 6:7");
        await Expect(page.Locator("[data-testid=clock][data-clock=beslistermijn]")).ToContainTextAsync("gestopt");
        await Expect(page.GetByTestId("decisions")).ToContainTextAsync("afwijkend van de standaard (register)");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Toon alle") }).ClickAsync();
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("koos inwoner, afwijkend van de standaard register");
        await page.SaveScreenshotAsync("dossier");
        await page.Context.CloseAsync();
    }
}
