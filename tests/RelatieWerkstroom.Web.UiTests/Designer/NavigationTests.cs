using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// Finding one's way in a long flowchart: "Alles in beeld" stops at a readable zoom (RW-1 does not fit readably and
/// opens on its beginning), and "Ga naar stap" takes a keyboard user to any step by name, selected and focused.
/// </summary>
[Collection(UiCollection.Name)]
public sealed partial class NavigationTests(UiFixture fixture)
{
    private const string Rw1 = "rw1-wmo-maatwerkvoorziening";

    [Fact]
    public async Task Fit_view_keeps_RW1_readable_and_go_to_step_reaches_a_step_at_its_end_by_keyboard()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        await designer.OpenAsync(Rw1);

        // Both fit buttons, the toolbar's and the canvas' own, by keyboard.
        foreach (var fit in new[] { page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "Alles in beeld", Exact = true }),
                     designer.Canvas.GetByRole(AriaRole.Button, new() { Name = "Alles in beeld", Exact = true }) })
        {
            // Scrolled away from the beginning first: the wheel moves the canvas.
            var box = (await designer.Canvas.BoundingBoxAsync())!;
            await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
            await page.Mouse.WheelAsync(0, 3000);
            await Expect(page.Locator(".react-flow__node[data-id='Start']")).Not.ToBeInViewportAsync();
            await fit.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(designer.Announcer).ToContainTextAsync("Niet alles past leesbaar in beeld");
            Assert.True(await ZoomAsync(page) >= 0.6 - 1e-6, $"fit view zoomed to {await ZoomAsync(page)}, below readable");
            await Expect(page.Locator(".react-flow__node[data-id='Start']")).ToBeInViewportAsync();
        }

        var goTo = page.GetByRole(AriaRole.Combobox, new() { Name = "Ga naar stap" });
        await goTo.FocusAsync();
        await page.Keyboard.TypeAsync("bestaat niet");
        await page.Keyboard.PressAsync("Enter");
        await Expect(designer.Announcer).ToHaveTextAsync("Geen stap gevonden met \"bestaat niet\".");

        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("Uitvoering en bezwaar afgerond");
        await page.Keyboard.PressAsync("Enter");
        var target = page.Locator(".react-flow__node[data-id='ZaakAfronden']");
        await Expect(designer.Announcer).ToHaveTextAsync("Uitvoering en bezwaar afgerond gekozen en in beeld.");
        await Expect(target).ToBeFocusedAsync();
        await Expect(target).ToBeInViewportAsync();
        await Expect(target.Locator(".rw-node")).ToHaveClassAsync(new Regex("rw-node--selected"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eigenschappen van Uitvoering en bezwaar afgerond" })).ToBeVisibleAsync();

        // The focused step answers the keyboard as any other: an arrow moves it.
        var before = (await target.BoundingBoxAsync())!;
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByText("niet opgeslagen wijzigingen")).ToBeVisibleAsync();
        var after = (await target.BoundingBoxAsync())!;
        Assert.True(after.X > before.X, "the arrow key did not move the focused step");

        await page.AssertAccessibleAsync("the designer with go-to-step");
        // To look at, not for the README.
        var review = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "rw-screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(review, "designer-go-to-step.png") });
        await page.Context.CloseAsync();
    }

    // The canvas' zoom, from the transform React Flow puts on its viewport.
    private static async Task<double> ZoomAsync(IPage page)
    {
        var transform = await page.Locator(".react-flow__viewport").EvaluateAsync<string>("e => e.style.transform");
        return double.Parse(Scale().Match(transform).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"scale\(([0-9.]+)\)")]
    private static partial Regex Scale();
}
