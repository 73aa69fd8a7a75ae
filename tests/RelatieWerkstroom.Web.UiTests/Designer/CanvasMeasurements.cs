using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// Reports (does not assert) how fast the canvas opens RW-1 and how a 500-step flowchart behaves while a step is
/// dragged: frame times measured in the browser with requestAnimationFrame, each also as a ratio to a 10-step flowchart
/// opened and dragged in the same run (absolute times drift on this shared machine). The figures go to the test output;
/// the asserts only check that what was measured happened (the canvas opened, the step moved).
/// </summary>
[Collection(UiCollection.Name)]
public sealed class CanvasMeasurements(UiFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Opening_RW1_and_dragging_in_a_500_step_flowchart()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        await designer.OpenAsync("rw1-wmo-maatwerkvoorziening");
        await page.ReloadAsync();
        await designer.WaitForCanvasAsync();
        var openMs = await page.EvaluateAsync<double>("() => performance.getEntriesByName('designer-open')[0].duration");
        await designer.Node("Melding registreren").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Eigenschappen van Melding registreren" }).WaitForAsync();
        var respondMs = await page.EvaluateAsync<double>("() => performance.now()");
        output.WriteLine($"RW-1: canvas drawn and fitted {openMs:F0} ms after navigation start; first click answered by {respondMs:F0} ms");

        // Side by side in the same run (the machine is shared and noisy): a 10-step flowchart is the baseline of the ratios.
        var (open10Ms, drag10) = await OpenAndDragAsync(page, designer, 10);
        var (open500Ms, drag500) = await OpenAndDragAsync(page, designer, 500);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratios in this run: RW-1 open / 10-step open {openMs / open10Ms:F2}; 500-step open / 10-step open {open500Ms / open10Ms:F2}; " +
            $"drag median frame 500 / 10 steps {drag500.Median / drag10.Median:F2}, p95 {drag500.P95 / drag10.P95:F2}"));
        await page.Context.CloseAsync();
    }

    private async Task<(double OpenMs, Frames Drag)> OpenAndDragAsync(IPage page, DesignerPage designer, int steps)
    {
        var definitionId = $"meting-{steps}-" + Guid.NewGuid().ToString("N")[..6];
        await designer.ImportAsync(LargeFlowchart.Create(definitionId, steps));
        await designer.OpenAsync(definitionId);
        var openMs = await page.EvaluateAsync<double>("() => performance.getEntriesByName('designer-open')[0].duration");
        output.WriteLine($"{steps} activities: canvas drawn and fitted {openMs:F0} ms after navigation start");

        // The canvas opens on the flowchart's first steps, so the second one is in view to be dragged.
        await Expect(page.Locator(".react-flow__node[data-id='Stap1']")).ToBeInViewportAsync();
        return (openMs, await DragAndReportAsync(page, $"{steps}-activity flowchart"));
    }

    internal sealed record Frames(double Median, double P95);

    internal async Task<Frames> DragAndReportAsync(IPage page, string view)
    {
        var node = page.Locator(".react-flow__node[data-id='Stap1']");
        var before = (await node.BoundingBoxAsync())!;
        await page.EvaluateAsync("""
            () => { window.__frames = []; window.__stop = false; let last = performance.now();
              const loop = t => { window.__frames.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(loop); };
              requestAnimationFrame(loop); }
            """);
        var x = before.X + before.Width / 2;
        var y = before.Y + before.Height / 2;
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        for (var i = 1; i <= 60; i++) await page.Mouse.MoveAsync(x + i * 5, y + i * 2);
        await page.Mouse.UpAsync();
        var frames = JsonSerializer.Deserialize<double[]>(await page.EvaluateAsync<string>(
            "() => { window.__stop = true; return JSON.stringify(window.__frames.slice(1)); }"))!;
        var after = (await node.BoundingBoxAsync())!;
        Assert.True(after.X - before.X > 100, $"the step did not move while dragged in the {view}");
        var sorted = frames.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"drag in {view}: {frames.Length} frames, median {At(0.5):F1} ms, p95 {At(0.95):F1} ms, max {sorted[^1]:F1} ms, {frames.Count(f => f > 50)} frames over 50 ms"));
        return new(At(0.5), At(0.95));
    }
}
