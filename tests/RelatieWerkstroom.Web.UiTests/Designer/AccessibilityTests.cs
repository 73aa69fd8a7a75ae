using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>axe-core finds no WCAG 2.1 A/AA violation on the designer's pages and panels; the screenshot of RW-1 is saved.</summary>
[Collection(UiCollection.Name)]
public sealed class AccessibilityTests(UiFixture fixture)
{
    [Fact]
    public async Task The_designer_pages_have_no_WCAG_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        await page.GotoAsync("/ontwerper");
        await page.Locator("#rw-definitions").WaitForAsync();
        await page.AssertAccessibleAsync("the workflow list");

        var designer = new DesignerPage(page);
        await designer.OpenAsync("rw1-wmo-maatwerkvoorziening");
        await page.AssertAccessibleAsync("the designer with RW-1");
        // The canvas opens on the beginning of the flow with the first step whole, and the page never scrolls sideways.
        var canvasBox = (await designer.Canvas.BoundingBoxAsync())!;
        var startBox = (await designer.Node("Start").First.BoundingBoxAsync())!;
        Assert.True(startBox.X >= canvasBox.X && startBox.X + startBox.Width <= canvasBox.X + canvasBox.Width && startBox.Y >= canvasBox.Y,
            $"the Start step ({startBox.X},{startBox.Y} {startBox.Width} wide) is cut off by the canvas ({canvasBox.X},{canvasBox.Y} {canvasBox.Width} wide)");
        Assert.True(canvasBox.Height >= 550, $"the canvas is only {canvasBox.Height} px high in a 900 px window");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls horizontally at 1280 px");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= window.innerHeight + 80"),
            "below the canvas the page goes on scrolling (more than the footer)");
        await designer.Node("Melding registreren").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Eigenschappen van Melding registreren" }).WaitForAsync();
        await page.SaveScreenshotAsync("designer-rw1");
        await page.AssertAccessibleAsync("the property panel of a service step");
        foreach (var tab in new[] { "Problemen", "Last", "Versies" })
        {
            await designer.OpenTabAsync(tab);
            await page.AssertAccessibleAsync($"the {tab} panel");
        }
        await page.Context.CloseAsync();
    }
}
