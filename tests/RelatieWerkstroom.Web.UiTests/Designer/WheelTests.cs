using System.Globalization;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// The mouse wheel scrolls the canvas (Shift+wheel sideways) and Ctrl+wheel zooms it, as in Camunda Modeler; a touchpad
/// pinch arrives in Chromium as Ctrl+wheel, so it zooms too, and the page itself never zooms.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class WheelTests(UiFixture fixture)
{
    [Fact]
    public async Task The_wheel_scrolls_the_canvas_and_ctrl_with_the_wheel_zooms_it()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        await designer.OpenAsync("rw1-wmo-maatwerkvoorziening");
        var box = (await designer.Canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 3, box.Y + box.Height / 2);

        var opened = await ViewAsync(page);
        await page.Mouse.WheelAsync(0, 300);
        var scrolled = await WaitForChangeAsync(page, opened);
        Assert.True(scrolled.Y < opened.Y && scrolled.X == opened.X && scrolled.Zoom == opened.Zoom, $"wheel down: {opened} -> {scrolled}");

        await page.Keyboard.DownAsync("Shift");
        await page.Mouse.WheelAsync(0, 200);
        await page.Keyboard.UpAsync("Shift");
        var sideways = await WaitForChangeAsync(page, scrolled);
        Assert.True(sideways.X < scrolled.X && sideways.Y == scrolled.Y && sideways.Zoom == scrolled.Zoom, $"Shift+wheel: {scrolled} -> {sideways}");

        await page.Keyboard.DownAsync("Control");
        await page.Mouse.WheelAsync(0, -200);
        await page.Keyboard.UpAsync("Control");
        var zoomed = await WaitForChangeAsync(page, sideways);
        Assert.True(zoomed.Zoom > sideways.Zoom, $"Ctrl+wheel up zooms in: {sideways} -> {zoomed}");
        Assert.Equal(1.0, await page.EvaluateAsync<double>("() => window.visualViewport.scale"));
        await page.Context.CloseAsync();
    }

    private sealed record View(double X, double Y, double Zoom);

    private static async Task<View> ViewAsync(IPage page)
    {
        var transform = await page.Locator(".react-flow__viewport").EvaluateAsync<string>("e => e.style.transform");
        var numbers = System.Text.RegularExpressions.Regex.Matches(transform, @"-?\d+(\.\d+)?").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        return new(Math.Round(numbers[0]), Math.Round(numbers[1]), Math.Round(numbers[2], 3));
    }

    private static async Task<View> WaitForChangeAsync(IPage page, View before)
    {
        for (var frame = 0; frame < 120; frame++)
        {
            await page.EvaluateAsync("() => new Promise(requestAnimationFrame)");
            var now = await ViewAsync(page);
            if (now != before) return now;
        }
        return before;
    }
}
