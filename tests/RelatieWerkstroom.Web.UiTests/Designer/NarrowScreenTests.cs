using System.Text.Json;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// On a 1024 × 768 screen RW-1's canvas is the working area: the toolbar wraps inside the window, the minimap stays in
/// its corner and covers no step of the opening view, every step in view can be clicked and selected, and the minimap
/// can be hidden by keyboard (the choice is kept after a reload).
/// </summary>
[Collection(UiCollection.Name)]
public sealed class NarrowScreenTests(UiFixture fixture)
{
    private sealed record Box(double X, double Y, double Width, double Height)
    {
        public double Area => Width * Height;

        public bool Overlaps(Box o) => X < o.X + o.Width && o.X < X + Width && Y < o.Y + o.Height && o.Y < Y + Height;

        public override string ToString() => $"({X:F0},{Y:F0} {Width:F0}×{Height:F0})";
    }

    private sealed record NodeBox(string Id, string Name, double X, double Y, double Width, double Height);

    [Fact]
    public async Task At_1024_by_768_the_minimap_keeps_to_its_corner_and_every_step_in_view_can_be_selected()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1024, 768);
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        await designer.OpenAsync("rw1-wmo-maatwerkvoorziening");

        // The toolbar wraps inside the window; the page does not scroll sideways; the canvas keeps its height.
        var viewportWidth = 1024;
        foreach (var control in await page.GetByRole(AriaRole.Toolbar).Locator("button, a, summary").AllAsync())
        {
            var box = (await control.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= viewportWidth, $"toolbar control '{await control.TextContentAsync()}' at x {box.X:F0}–{box.X + box.Width:F0} leaves the 1024 px window");
        }
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 1024 px");
        var canvas = ToBox((await designer.Canvas.BoundingBoxAsync())!);
        Assert.True(canvas.Width >= 500, $"the canvas is {canvas.Width:F0} px wide of 1024");
        Assert.True(canvas.Height >= 440 && canvas.Y + canvas.Height <= 768, $"the canvas {canvas} does not fill the window below the toolbar");

        // The minimap: inside the canvas, in its bottom-right corner, a few percent of it, over no step in view.
        var minimap = ToBox((await page.Locator(".react-flow__minimap").BoundingBoxAsync())!);
        Assert.True(minimap.Area / canvas.Area <= 0.06, $"the minimap {minimap} covers {minimap.Area / canvas.Area:P0} of the canvas {canvas}");
        Assert.True(minimap.X >= canvas.X + canvas.Width * 0.7 && minimap.Y >= canvas.Y + canvas.Height * 0.6
            && minimap.X + minimap.Width <= canvas.X + canvas.Width && minimap.Y + minimap.Height <= canvas.Y + canvas.Height,
            $"the minimap {minimap} is not in the bottom-right corner of the canvas {canvas}");
        var inView = (await NodesInViewAsync(page, canvas)).ToList();
        Assert.True(inView.Count >= 3, $"only {inView.Count} steps in view at 1024 × 768");
        var covered = inView.Where(n => ToBox(n).Overlaps(minimap)).Select(n => n.Name).ToList();
        Assert.True(covered.Count == 0, $"the minimap {minimap} covers {string.Join(", ", covered)}");

        // Every step in view is selected by a click on it (Playwright refuses a click that something else would receive).
        foreach (var node in inView)
        {
            await page.Locator($".react-flow__node[data-id='{node.Id}']").ClickAsync(new() { Position = VisiblePoint(node, canvas) });
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Eigenschappen van {node.Name}", Exact = true })).ToBeVisibleAsync();
        }
        await page.AssertAccessibleAsync("the designer at 1024 × 768");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "rw-screenshots", "designer-1024x768.png") });

        // Hidden by keyboard, and still hidden after a reload; shown again the same way.
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Overzichtskaart tonen", Exact = true });
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".react-flow__minimap")).ToHaveCountAsync(0);
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await page.ReloadAsync();
        await designer.WaitForCanvasAsync();
        await Expect(page.Locator(".react-flow__minimap")).ToHaveCountAsync(0);
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(page.Locator(".react-flow__minimap")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static Box ToBox(LocatorBoundingBoxResult b) => new(b.X, b.Y, b.Width, b.Height);

    private static Box ToBox(NodeBox n) => new(n.X, n.Y, n.Width, n.Height);

    // The middle of the part of a step that lies inside the canvas, relative to the step.
    private static Position VisiblePoint(NodeBox node, Box canvas)
    {
        var left = Math.Max(node.X, canvas.X + 2);
        var right = Math.Min(node.X + node.Width, canvas.X + canvas.Width - 2);
        var top = Math.Max(node.Y, canvas.Y + 2);
        var bottom = Math.Min(node.Y + node.Height, canvas.Y + canvas.Height - 2);
        return new() { X = (float)((left + right) / 2 - node.X), Y = (float)((top + bottom) / 2 - node.Y) };
    }

    // Steps of which at least half the height and a third of the width lie inside the canvas.
    private static async Task<IEnumerable<NodeBox>> NodesInViewAsync(IPage page, Box canvas)
    {
        var json = await page.EvaluateAsync<string>("""
            () => JSON.stringify([...document.querySelectorAll('.react-flow__node')].map((n) => {
              const r = n.getBoundingClientRect();
              return { id: n.getAttribute('data-id'), name: n.querySelector('.rw-node__name')?.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
            }))
            """);
        var all = JsonSerializer.Deserialize<NodeBox[]>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return all.Where(n =>
        {
            var width = Math.Min(n.X + n.Width, canvas.X + canvas.Width) - Math.Max(n.X, canvas.X);
            var height = Math.Min(n.Y + n.Height, canvas.Y + canvas.Height) - Math.Max(n.Y, canvas.Y);
            return width >= n.Width / 3 && height >= n.Height / 2;
        });
    }
}
