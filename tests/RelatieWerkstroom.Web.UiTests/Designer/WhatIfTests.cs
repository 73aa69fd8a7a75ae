using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>What-if before publishing: a designer takes an internal task out of RW-1 and sees the simulated burden fall.</summary>
[Collection(UiCollection.Name)]
public sealed partial class WhatIfTests(UiFixture fixture)
{
    private const string Rw1 = "rw1-wmo-maatwerkvoorziening";

    [Fact]
    public async Task Removing_an_internal_task_shows_less_burden_for_the_draft_than_for_the_published_version()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        await designer.OpenAsync(Rw1);

        // "Melding afsluiten zonder onderzoek" is internal (own way of working) and human time (automated steps cost none):
        // take it out and let the triage's three ways out go straight to stopping the onderzoekstermijn. Both are in the
        // first screenful the canvas opens on.
        var closing = page.Locator(".react-flow__node[data-id='AfsluitenZonderOnderzoek']");
        await closing.ClickAsync();
        await designer.ClickToolbarAsync("Verwijderen");
        await Expect(closing).ToHaveCountAsync(0);
        await NodeNamed(page, "Hoe pakken we de melding op?").ClickAsync();
        foreach (var port in new[] { "advies", "algemeen", "anderdomein" })
        {
            await page.GetByLabel($"Verbind {port} met").SelectOptionAsync(new SelectOptionValue { Label = "Onderzoekstermijn stoppen (KlokOnderzoekStopVroeg)" });
            await page.GetByRole(AriaRole.Button, new() { Name = $"Verbind {port}", Exact = true }).ClickAsync();
            await Expect(designer.Announcer).ToContainTextAsync($"Verbonden: Hoe pakken we de melding op? via {port} naar Onderzoekstermijn stoppen.");
        }

        await designer.OpenTabAsync("Wat als");
        await page.GetByLabel("Aantal zaken").FillAsync("80");
        await page.GetByLabel("Periode in maanden").FillAsync("10");
        await page.GetByLabel("Seed").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuleren", Exact = true }).ClickAsync();

        var result = page.Locator("#rw-whatif-result");
        await Expect(result).ToHaveAttributeAsync("aria-busy", "true");
        await Expect(result.GetByRole(AriaRole.Status)).ToContainTextAsync("Bezig met simuleren van 80 zaken over 10 maanden");
        // The simulation takes seconds; on a busy machine longer than the default wait.
        var headline = page.Locator("#rw-whatif-headline");
        await Expect(headline).ToBeVisibleAsync(new() { Timeout = 180_000 });
        await Expect(result).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(headline.Locator("thead")).ToContainTextAsync("Gepubliceerd (v1)");
        await Expect(headline.Locator("thead")).ToContainTextAsync("Werkversie (dit scherm)");
        await Expect(Row(headline, "Uren medewerkers").Locator("td").Nth(2)).ToContainTextAsync("minder");
        await Expect(Row(page.Locator("#rw-whatif-origins"), "intern").Locator("td").Nth(2)).ToContainTextAsync("minder");
        // Every origin has its row with a difference in words (national steps shift too: cases closed sooner change the herindicaties).
        await Expect(Row(page.Locator("#rw-whatif-origins"), "landelijk").Locator("td").Nth(2)).ToHaveTextAsync(new Regex("(minder|meer|gelijk)$"));
        await Expect(page.Locator("#rw-whatif-leadtimes tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator(".rw-whatif [data-testid=chart]")).ToBeVisibleAsync();
        await Expect(designer.Announcer).ToContainTextAsync("De simulatie is klaar");

        // The results stand under the canvas, as wide as canvas and side panel together, not in the narrow panel.
        var results = page.GetByRole(AriaRole.Region, new() { Name = "Uitkomsten van wat als: RW-1", Exact = false });
        var canvas = (await designer.Canvas.BoundingBoxAsync())!;
        var side = (await page.Locator("#rw-side").BoundingBoxAsync())!;
        var box = (await results.BoundingBoxAsync())!;
        Assert.True(box.Y >= canvas.Y + canvas.Height, $"the results start at {box.Y}, above the canvas' bottom {canvas.Y + canvas.Height}");
        Assert.True(box.Width >= side.X + side.Width - canvas.X, $"the results are {box.Width} px wide, canvas and panel {side.X + side.Width - canvas.X} px");
        // Wide enough for tables side by side: the burden by origin stands beside the headline figures.
        var origins = (await page.Locator("#rw-whatif-origins").BoundingBoxAsync())!;
        var headlineBox = (await headline.BoundingBoxAsync())!;
        Assert.True(origins.X > headlineBox.X + headlineBox.Width - 1, "the origin table is beside the headline table");

        // The link in the panel takes the keyboard to the results; they stay while another panel is open.
        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de uitkomsten onder het werkblad" }).PressAsync("Enter");
        await Expect(results).ToBeFocusedAsync();
        await designer.OpenTabAsync("Eigenschappen");
        await Expect(headline).ToBeVisibleAsync();

        await page.AssertAccessibleAsync("the designer's what-if panel with results");
        await page.SaveScreenshotAsync("designer-what-if");
        await page.Context.CloseAsync();
    }

    private static ILocator NodeNamed(IPage page, string name) =>
        page.Locator(".react-flow__node").Filter(new() { Has = page.Locator(".rw-node__name", new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") }) });

    private static ILocator Row(ILocator table, string header) =>
        table.Locator("tbody tr").Filter(new() { Has = table.Page.Locator("th", new() { HasTextRegex = new Regex($"^{Regex.Escape(header)}") }) });
}
