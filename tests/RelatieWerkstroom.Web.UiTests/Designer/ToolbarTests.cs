using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>On a 1280 × 800 screen the designer's toolbar is one line, and its icon buttons still say what they do.</summary>
[Collection(UiCollection.Name)]
public sealed class ToolbarTests(UiFixture fixture)
{
    [Fact]
    public async Task The_toolbar_fits_on_one_line_at_1280_pixels_and_every_button_has_a_name()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 800);
        await page.SignInAsync(DemoUsers.Designer);
        await new DesignerPage(page).OpenAsync("rw1-wmo-maatwerkvoorziening");

        var toolbar = page.GetByRole(AriaRole.Toolbar);
        foreach (var name in new[] { "Ongedaan maken", "Opnieuw", "Kopiëren", "Plakken", "Verwijderen", "Alles selecteren" })
            await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = name, Exact = true })).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("^" + name));
        var tops = new HashSet<double>();
        foreach (var control in await toolbar.Locator("button, a").AllAsync())
            tops.Add(Math.Round((await control.BoundingBoxAsync())!.Y));
        Assert.True(tops.Count == 1, $"the toolbar wraps onto {tops.Count} lines at 1280 px");

        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "designer-1280x800.png") });
        await page.Context.CloseAsync();
    }
}
