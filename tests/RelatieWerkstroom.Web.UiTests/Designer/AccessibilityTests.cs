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
