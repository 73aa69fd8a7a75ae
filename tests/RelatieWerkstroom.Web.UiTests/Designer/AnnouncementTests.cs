using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// A screen-reader user hears every message, also the same one twice in a row: a second Ctrl+C with nothing selected,
/// a second refused publication, the same validation answer after another change.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class AnnouncementTests(UiFixture fixture)
{
    // What a screen reader reads: text appearing in (or changing to something else in) a live region. A region whose
    // text is set to what it already says changes nothing and is not read again.
    private const string Listen = """
        () => {
          window.rwHeard = [];
          for (const id of ['rw-announcer', 'rw-validation-status']) {
            const root = document.getElementById(id);
            const regions = root.matches('[aria-live]') ? [root] : [...root.querySelectorAll('[aria-live]')];
            const last = new Map(regions.map((r) => [r, r.textContent]));
            new MutationObserver(() => {
              for (const region of regions) {
                const text = region.textContent;
                if (text && text !== last.get(region)) window.rwHeard.push(id + ': ' + text);
                last.set(region, text);
              }
            }).observe(root, { childList: true, subtree: true, characterData: true });
          }
        }
        """;

    [Fact]
    public async Task The_same_message_twice_in_a_row_is_read_twice()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        await page.GotoAsync("/ontwerper");
        var name = "Herhaling " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Naam van een nieuwe werkstroom").FocusAsync();
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Enter");
        var designer = new DesignerPage(page);
        await page.GetByRole(AriaRole.Heading, new() { Name = $"Ontwerpen: {name}" }).WaitForAsync();
        await designer.AddFromPaletteByKeyboardAsync("Start");
        await designer.AddFromPaletteByKeyboardAsync("Discretiepunt");
        await Expect(designer.Announcer).ToContainTextAsync("Discretiepunt toegevoegd");
        await designer.WaitForValidationAsync();
        await Expect(page.Locator("#rw-validation-status")).ToContainTextAsync("fout");
        await page.EvaluateAsync(Listen);

        // Ctrl+C on the canvas with nothing chosen, twice.
        await page.Locator(".react-flow__node").First.FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Control+c");
        await page.Keyboard.PressAsync("Control+c");
        await Expect(designer.Announcer).ToHaveTextAsync("Er is niets gekozen.");
        await WaitUntilHeardAsync(page, "rw-announcer: Er is niets gekozen.", 2);

        // Publishing a discretion point without default and legal basis is refused, twice; each time the server's
        // validation answers the same, and that is said again too.
        var publish = page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "Publiceren", Exact = true });
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            await publish.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await WaitUntilHeardAsync(page, "rw-announcer: Publiceren kan niet", attempt);
        }
        var heard = await HeardAsync(page);
        var refusals = heard.Where(h => h.StartsWith("rw-announcer: Publiceren kan niet", StringComparison.Ordinal)).ToList();
        Assert.Equal(refusals[0], refusals[1]);
        var validationAnswers = heard.Where(h => h.StartsWith("rw-validation-status: ", StringComparison.Ordinal)).ToList();
        Assert.True(validationAnswers.Count >= 2 && validationAnswers.Distinct().Count() == 1,
            "each publication's validation is announced, the same answer both times: " + string.Join(" | ", heard));

        await page.AssertAccessibleAsync("the designer after repeated announcements");
        await page.Context.CloseAsync();
    }

    private static Task<string[]> HeardAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.rwHeard");

    private static async Task WaitUntilHeardAsync(IPage page, string start, int times)
    {
        try
        {
            await page.WaitForFunctionAsync("([start, times]) => window.rwHeard.filter((h) => h.startsWith(start)).length >= times",
                new object[] { start, times }, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"'{start}' was read {times} time(s)? Heard: {string.Join(" | ", await HeardAsync(page))}");
        }
    }
}
