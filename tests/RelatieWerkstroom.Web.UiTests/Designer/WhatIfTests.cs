using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>What-if before publishing: a designer takes an internal step out of RW-1 and sees the simulated burden fall.</summary>
[Collection(UiCollection.Name)]
public sealed partial class WhatIfTests(UiFixture fixture)
{
    private const string Rw1 = "rw1-wmo-maatwerkvoorziening";

    [Fact]
    public async Task Removing_an_internal_step_shows_less_burden_for_the_draft_than_for_the_published_version()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        await designer.OpenAsync(Rw1);

        // "Zaak sluiten" is internal (own way of working): take it out and let its predecessor go straight to the end.
        // The canvas draws only what is in view; the end of RW-1 comes into view with the whole flowchart.
        await designer.ClickToolbarAsync("Alles in beeld");
        // Two steps are called "Zaak sluiten"; this one ends the main route.
        var closing = page.Locator(".react-flow__node[data-id='ZaakSluiten']");
        await closing.ClickAsync();
        await designer.ClickToolbarAsync("Verwijderen");
        await Expect(closing).ToHaveCountAsync(0);
        await NodeNamed(page, "Uitvoering en bezwaar afgerond").ClickAsync();
        await page.GetByLabel("Verbind Done met").SelectOptionAsync(new SelectOptionValue { Label = "Einde (Einde)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Verbind Done", Exact = true }).ClickAsync();
        await Expect(designer.Announcer).ToContainTextAsync("Verbonden: Uitvoering en bezwaar afgerond via Done naar Einde.");

        await designer.OpenTabAsync("Wat als");
        await page.GetByLabel("Aantal zaken").FillAsync("60");
        await page.GetByLabel("Periode in maanden").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuleren", Exact = true }).ClickAsync();

        var result = page.Locator("#rw-whatif-result");
        await Expect(result).ToHaveAttributeAsync("aria-busy", "true");
        await Expect(result.GetByRole(AriaRole.Status)).ToContainTextAsync("Bezig met simuleren van 60 zaken over 10 maanden");
        // The simulation takes seconds; on a busy machine longer than the default wait.
        var headline = page.Locator("#rw-whatif-headline");
        await Expect(headline).ToBeVisibleAsync(new() { Timeout = 180_000 });
        await Expect(result).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(headline.Locator("thead")).ToContainTextAsync("Gepubliceerd (v1)");
        await Expect(headline.Locator("thead")).ToContainTextAsync("Werkversie (dit scherm)");
        await Expect(Row(headline, "Uren medewerkers").Locator("td").Nth(2)).ToContainTextAsync("minder");
        await Expect(Row(page.Locator("#rw-whatif-origins"), "intern").Locator("td").Nth(2)).ToContainTextAsync("minder");
        // National steps are untouched: the same caseload through the same steps.
        await Expect(Row(page.Locator("#rw-whatif-origins"), "landelijk").Locator("td").Nth(2)).ToContainTextAsync("gelijk");
        await Expect(page.Locator("#rw-whatif-leadtimes tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator(".rw-whatif [data-testid=chart]")).ToBeVisibleAsync();
        await Expect(designer.Announcer).ToContainTextAsync("De simulatie is klaar");

        await page.AssertAccessibleAsync("the designer's what-if panel with results");
        await headline.ScrollIntoViewIfNeededAsync();
        await page.SaveScreenshotAsync("designer-what-if");
        await page.Context.CloseAsync();
    }

    private static ILocator NodeNamed(IPage page, string name) =>
        page.Locator(".react-flow__node").Filter(new() { Has = page.Locator(".rw-node__name", new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") }) });

    private static ILocator Row(ILocator table, string header) =>
        table.Locator("tbody tr").Filter(new() { Has = table.Page.Locator("th", new() { HasTextRegex = new Regex($"^{Regex.Escape(header)}") }) });
}
