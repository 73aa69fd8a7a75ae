using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>
/// A screen-reader user on the caseworker pages hears the result of every action, also the same result twice in a row
/// (two notes added), once each: the layout's one announcer says them, and no message sits in two live regions at once.
/// By keyboard only, with axe on each state.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class AnnouncementTests(UiFixture fixture)
{
    // What a screen reader reads: text appearing in (or changing to something else in) a live region anywhere in the
    // page, regions added later included. Text set to what a region already says changes nothing and is not read.
    private const string Listen = """
        () => {
          window.rwHeard = [];
          const last = new Map();
          const live = (el) => el.matches('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
          new MutationObserver(() => {
            for (const region of document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')) {
              if (!live(region)) continue;
              const text = region.textContent.trim();
              if (text && text !== last.get(region)) window.rwHeard.push(text);
              last.set(region, text);
            }
          }).observe(document.body, { childList: true, subtree: true, characterData: true });
        }
        """;

    // Live regions inside live regions: a message in both is read twice.
    private const string Nested = """
        () => [...document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]')]
          .filter((el) => el.parentElement?.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]'))
          .map((el) => el.outerHTML.slice(0, 160))
        """;

    [Fact]
    public async Task Every_result_is_announced_once_also_the_same_result_twice_in_a_row()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var caseFileId = await Cases.OpenWmoMeldingAsync(fixture.Host.Services, DemoUsers.CaseworkerNoord, "wijkteam-noord", $"Aankondiging {run}");
        var bookmarkId = await Cases.FirstOpenTaskAsync(fixture.Host.Services, DemoUsers.CaseworkerNoord, "wijkteam-noord", caseFileId);
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.CaseworkerNoord);

        // Dossier: two notes, each answered with the same words.
        await page.GotoAsync($"/dossier/{caseFileId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Aankondiging {run}", Level = 1 })).ToBeVisibleAsync();
        await page.EvaluateAsync(Listen);
        var note = page.GetByLabel("Nieuwe notitie");
        foreach (var text in new[] { "Eerste huisbezoek gepland", "Tweede huisbezoek gepland" })
        {
            await note.FocusAsync();
            await page.Keyboard.TypeAsync(text);
            await page.Keyboard.PressAsync("Tab"); // to the button
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Notitie toevoegen" })).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("main")).ToContainTextAsync(text);
            await Expect(note).ToHaveValueAsync("");
        }
        await WaitUntilHeardAsync(page, "De notitie is toegevoegd.", 2);
        Assert.Empty(await page.EvaluateAsync<string[]>(Nested));
        await page.AssertAccessibleAsync("the dossier after two notes");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "rw-screenshots", "announcement-dossier.png"), FullPage = true });

        // Task: claim, release, claim again by keyboard; each result said once.
        await page.GotoAsync($"/taak/{bookmarkId}");
        await page.EvaluateAsync(Listen);
        foreach (var (button, next, heard, times) in new[] { ("Oppakken", "Teruggeven", "opgepakt", 1), ("Teruggeven", "Oppakken", "teruggegeven", 1), ("Oppakken", "Teruggeven", "opgepakt", 2) })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = button }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = next })).ToBeVisibleAsync();
            await WaitUntilHeardAsync(page, heard, times);
        }
        var said = await HeardAsync(page);
        Assert.Equal(3, said.Count(h => h.Contains("opgepakt", StringComparison.Ordinal) || h.Contains("teruggegeven", StringComparison.Ordinal)));
        Assert.Empty(await page.EvaluateAsync<string[]>(Nested));
        await page.AssertAccessibleAsync("the task after claim, release and claim");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "rw-screenshots", "announcement-task.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    private static async Task<string[]> HeardAsync(IPage page) => await page.EvaluateAsync<string[]>("() => window.rwHeard");

    private static async Task WaitUntilHeardAsync(IPage page, string part, int times)
    {
        try
        {
            await page.WaitForFunctionAsync("([part, times]) => window.rwHeard.filter((h) => h.includes(part)).length >= times", new object[] { part, times },
                new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"expected '{part}' to be said {times} times; heard: {string.Join(" | ", await HeardAsync(page))}");
        }
    }
}
