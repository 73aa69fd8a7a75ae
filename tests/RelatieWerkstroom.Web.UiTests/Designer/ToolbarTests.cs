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

        // With unsaved changes the state beside the title is at its longest.
        await new DesignerPage(page).Node("Melding registreren").ClickAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Melding registreren (gewijzigd)");
        await page.GetByLabel("Naam", new() { Exact = true }).PressAsync("Tab");
        await Expect(page.GetByText("niet opgeslagen wijzigingen")).ToBeVisibleAsync();

        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "designer-1280x800-changed.png") });
        var toolbar = page.GetByRole(AriaRole.Toolbar);
        foreach (var name in new[] { "Ongedaan maken", "Opnieuw", "Kopiëren", "Plakken", "Verwijderen", "Alles selecteren" })
            await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = name, Exact = true })).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("^" + name));
        var tops = new HashSet<double>();
        // Lines by the controls' middles (the disclosure's summary is shorter than a button).
        foreach (var control in await toolbar.Locator("button, a, summary").AllAsync())
        {
            var box = (await control.BoundingBoxAsync())!;
            tops.Add(Math.Round((box.Y + box.Height / 2) / 20));
        }
        Assert.True(tops.Count == 1, $"the toolbar (with Sneltoetsen at its end) wraps onto {tops.Count} lines at 1280 px");
        var head = new HashSet<double>();
        foreach (var part in await page.Locator(".rw-designer__head > h1, .rw-designer__head > p, .rw-goto__input").AllAsync())
        {
            var box = (await part.BoundingBoxAsync())!;
            head.Add(Math.Round((box.Y + box.Height / 2) / 20));
        }
        Assert.True(head.Count == 1, "title, state and 'Ga naar stap' share one line at 1280 px");

        // The shortcuts open over the canvas: nothing below them moves.
        var canvasTop = (await page.Locator(".rw-canvas").BoundingBoxAsync())!.Y;
        await toolbar.GetByText("Sneltoetsen", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByText("Ctrl+scrollen of knijpen op het touchpad zoomt")).ToBeVisibleAsync();
        Assert.Equal(canvasTop, (await page.Locator(".rw-canvas").BoundingBoxAsync())!.Y);
        await page.AssertAccessibleAsync("the designer with the shortcuts open");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "designer-1280x800-shortcuts.png") });
        await toolbar.GetByText("Sneltoetsen", new() { Exact = true }).ClickAsync();
        await page.SetViewportSizeAsync(1024, 768);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "designer-1024x768.png") });
        await page.SetViewportSizeAsync(1280, 800);

        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "designer-1280x800.png") });
        await page.Context.CloseAsync();
    }
}
