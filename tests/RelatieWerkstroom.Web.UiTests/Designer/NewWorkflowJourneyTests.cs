using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// A designer builds a new workflow from the palette (start, a task, a discretion point with two options, a service
/// step, end), sees the problems of the missing default and legal basis, fixes them and publishes.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class NewWorkflowJourneyTests(UiFixture fixture)
{
    [Fact]
    public async Task A_designer_builds_a_workflow_sees_its_problems_fixes_them_and_publishes()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        await page.GotoAsync("/ontwerper");
        var name = "Proefaanvraag " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Naam van een nieuwe werkstroom").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe werkstroom" }).ClickAsync();
        var designer = new DesignerPage(page);

        await AddAsync(page, "Start");
        await AddAsync(page, "Taak");
        await page.GetByLabel("Titel in de werkvoorraad (verplicht)", new() { Exact = true }).FillAsync("Aanvraag beoordelen");
        await page.GetByLabel("Rol (verplicht)", new() { Exact = true }).FillAsync("consulent");
        await page.GetByLabel("Rol (verplicht)", new() { Exact = true }).PressAsync("Tab");
        await AddAsync(page, "Discretiepunt");
        await page.GetByLabel("Vraag (verplicht)", new() { Exact = true }).FillAsync("Aanvraag toekennen?");
        await page.GetByLabel("Vraag (verplicht)", new() { Exact = true }).PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Optie toevoegen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Optie toevoegen" }).ClickAsync();
        await AddAsync(page, "Dienststap");
        await Expect(designer.Announcer).ToContainTextAsync("verbonden via optie1");
        await page.GetByLabel("Verzoek (uit de stappencatalogus) (verplicht)", new() { Exact = true }).SelectOptionAsync("CloseCase");
        await AddAsync(page, "Einde");

        // The second option leads to the same service step.
        await page.GetByRole(AriaRole.Button, new() { Name = "Alles in beeld", Exact = true }).First.ClickAsync();
        await designer.Node("Discretiepunt").ClickAsync();
        await page.GetByLabel("Verbind optie2 met").SelectOptionAsync(new SelectOptionValue { Label = "Dienststap (Dienststap)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Verbind optie2" }).ClickAsync();

        await designer.OpenTabAsync("Problemen");
        await designer.WaitForValidationAsync();
        var problems = page.Locator(".rw-problems__item");
        await Expect(problems.Filter(new() { HasText = "defaultOption" })).ToHaveCountAsync(1);
        await Expect(problems.Filter(new() { HasText = "legalBasis" })).ToHaveCountAsync(1);
        await Expect(designer.Node("Discretiepunt")).ToContainTextAsync("problemen");

        // Saving a draft works with problems; publishing is refused while they remain.
        await designer.SaveDraftAsync();
        await designer.ClickToolbarAsync("Publiceren");
        await Expect(designer.Announcer).ToContainTextAsync("Publiceren kan niet");

        // A click on a problem opens the field.
        await problems.Filter(new() { HasText = "legalBasis" }).ClickAsync();
        var legalBasis = page.GetByLabel("Grondslag van de beleidsruimte (verplicht)", new() { Exact = true });
        await Expect(legalBasis).ToBeFocusedAsync();
        await legalBasis.FillAsync("Wmo 2015 art. 2.3.5 lid 3");
        await legalBasis.PressAsync("Tab");
        await page.GetByLabel("Standaardoptie (verplicht)", new() { Exact = true }).SelectOptionAsync("optie1");
        await designer.OpenTabAsync("Problemen");
        await designer.WaitForValidationAsync();
        await Expect(problems).ToHaveCountAsync(0);

        await designer.ClickToolbarAsync("Publiceren");
        await Expect(designer.Announcer).ToContainTextAsync("Gepubliceerd: versie");
        await page.GotoAsync("/ontwerper");
        await Expect(page.Locator("#rw-definitions tr").Filter(new() { HasText = name })).ToContainTextAsync("gepubliceerd");
        await page.Context.CloseAsync();
    }

    private static async Task AddAsync(IPage page, string step)
    {
        await page.Locator(".rw-palette__item").Filter(new() { HasTextRegex = new($"{step}$") }).ClickAsync();
        await Expect(page.Locator("#rw-announcer")).ToContainTextAsync($"{step} toegevoegd");
    }
}
