using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Casework;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// A designer builds a new workflow from the palette (start, a task, a discretion point with two options, a service
/// step, end), sees the problems of the missing default and legal basis, fixes them and publishes; a consulent then
/// takes in a case on the new workflow and finds its task in the worklist.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class NewWorkflowJourneyTests(UiFixture fixture)
{
    [Fact]
    public async Task A_designer_builds_a_workflow_sees_its_problems_fixes_them_and_publishes_and_a_caseworker_works_on_it()
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
        await Expect(designer.Node("Discretiepunt")).ToContainTextAsync("fouten");

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

        await A_caseworker_takes_in_a_case_on_it_and_finds_its_task_in_the_worklist(name);
    }

    private async Task A_caseworker_takes_in_a_case_on_it_and_finds_its_task_in_the_worklist(string workflow)
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.CaseworkerNoord);
        var caseTitle = "Proefzaak " + workflow[^6..];

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe melding of aanvraag" }).ClickAsync();
        await page.GetByLabel(workflow, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("BSN van de inwoner").FillAsync(TestCitizens.NewBsn());
        await page.GetByLabel("Naam van de inwoner").FillAsync("Pim de Proef");
        await page.GetByLabel("Korte omschrijving").FillAsync(caseTitle);
        await page.GetByRole(AriaRole.Button, new() { Name = "Dossier openen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/dossier/z-"));
        await Expect(page.GetByTestId("open-tasks").GetByRole(AriaRole.Link, new() { Name = "Aanvraag beoordelen" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn werkvoorraad" }).ClickAsync();
        // The filter offers the new workflow with the number of its open tasks in the team (not asserted: other journeys of
        // this run may have left tasks of the same team); the row below shows this case's task.
        var filter = page.GetByLabel("Werkstroom", new() { Exact = true });
        var option = filter.Locator("option").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(workflow)} \\(\\d+\\)$") });
        await Expect(option).ToHaveCountAsync(1);
        await filter.SelectOptionAsync(new SelectOptionValue { Value = await option.GetAttributeAsync("value") });
        var row = page.Locator("tr").Filter(new() { HasText = caseTitle });
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Aanvraag beoordelen" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static async Task AddAsync(IPage page, string step)
    {
        await page.Locator(".rw-palette__item").Filter(new() { HasTextRegex = new($"{step}$") }).ClickAsync();
        await Expect(page.Locator("#rw-announcer")).ToContainTextAsync($"{step} toegevoegd");
    }
}
