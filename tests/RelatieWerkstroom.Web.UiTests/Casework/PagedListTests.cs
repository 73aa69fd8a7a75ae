using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>
/// The paged list that Dossiers, Toegangslog and Incidenten share, by keyboard: the total in words, the position on the
/// page ("Pagina 1 van 2 (26 in totaal)"), next and previous; on the last page the focus stays on a button instead of
/// falling back to the start of the page. 26 dossiers of one search make two pages of 25.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class PagedListTests(UiFixture fixture)
{
    [Fact]
    public async Task A_consulent_pages_through_a_search_by_keyboard_and_keeps_the_focus_on_the_last_page()
    {
        var word = "Bladeren" + Guid.NewGuid().ToString("N")[..6];
        var opened = new List<string>();
        for (var i = 0; i < 26; i++)
            opened.Add(await Cases.OpenWmoMeldingAsync(fixture.Host.Services, DemoUsers.CaseworkerNoord, "wijkteam-noord", $"{word} {i:00}"));
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.CaseworkerNoord);
        await page.GetByRole(AriaRole.Link, new() { Name = "Dossiers" }).ClickAsync();
        var search = page.GetByLabel("Zoeken", new() { Exact = true });
        await search.FillAsync(word.ToLowerInvariant()); // the search ignores case
        await search.PressAsync("Enter");

        var paging = page.GetByRole(AriaRole.Navigation, new() { Name = "Paginering" });
        var rows = page.GetByTestId("case-row");
        await Expect(page.GetByTestId("cases-count")).ToHaveTextAsync("26 dossiers");
        await Expect(paging).ToContainTextAsync("Pagina 1 van 2 (26 in totaal)");
        await Expect(rows).ToHaveCountAsync(25);
        // Newest first: the last one opened heads the first page.
        await Expect(rows.First).ToContainTextAsync($"{word} 25");
        await Expect(paging.GetByRole(AriaRole.Button, new() { Name = "Vorige" })).ToBeDisabledAsync();
        await page.AssertAccessibleAsync("a search of two pages");

        var next = paging.GetByRole(AriaRole.Button, new() { Name = "Volgende" });
        var previous = paging.GetByRole(AriaRole.Button, new() { Name = "Vorige" });
        await next.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(paging).ToContainTextAsync("Pagina 2 van 2 (26 in totaal)");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync($"{word} 00");
        await Expect(next).ToBeDisabledAsync();
        await Expect(previous).ToBeFocusedAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "rw-screenshots", "cases-page-2.png") });
        Assert.Contains("pagina=2", page.Url, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Enter");
        await Expect(paging).ToContainTextAsync("Pagina 1 van 2 (26 in totaal)");
        await Expect(rows).ToHaveCountAsync(25);
        await Expect(next).ToBeFocusedAsync();
        await page.AssertAccessibleAsync("a search back on its first page");
        await page.Context.CloseAsync();
    }
}
