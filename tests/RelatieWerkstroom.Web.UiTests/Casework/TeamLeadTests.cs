using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>
/// The team lead of Noord gives two new meldingen to a consulent and then claims three tasks at once, one of which a
/// colleague already holds: each item says what happened to it. By keyboard only, with axe on the results.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class TeamLeadTests(UiFixture fixture)
{
    private const string Triage = "Hoe pakken we de melding op?";
    private const int PageSize = 25;

    [Fact]
    public async Task A_teamleider_assigns_two_tasks_and_bulk_claims_three_with_a_result_per_task_by_keyboard()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var (first, second, third) = ($"Douchestoel {run}", $"Trapleuning {run}", $"Rolstoel {run}");
        // Same deadline, so opening order decides: a page's worth of other meldingen between the first and the second
        // puts them on different pages, and the selection must survive paging.
        await OpenAsync(first);
        for (var i = 0; i < PageSize; i++) await OpenAsync($"Andere melding {run}-{i}");
        await OpenAsync(second);
        await OpenAsync(third);
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.TeamleadNoord);
        await page.GotoAsync("/werkvoorraad");

        // Assign the first two to Noor Consulent.
        await SelectAsync(page, first);
        await SelectAsync(page, second);
        var actions = page.GetByTestId("team-actions");
        await Expect(actions).ToContainTextAsync("Met de geselecteerde taken (2):");
        await actions.GetByLabel("Toewijzen aan").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown"); // Chromium moves a closed select's choice with the arrow keys
        await Expect(actions.GetByLabel("Toewijzen aan")).ToHaveValueAsync("consulent.noord");
        await PressEnterOnAsync(actions.GetByRole(AriaRole.Button, new() { Name = "Geselecteerde (2) toewijzen" }));

        var results = page.GetByTestId("team-action-results");
        await Expect(results).ToContainTextAsync("2 toegewezen, 0 niet gelukt.");
        await Expect(results.GetByRole(AriaRole.Listitem).Filter(new() { HasText = first })).ToContainTextAsync("toegewezen aan Noor Consulent");
        await Expect(results.GetByRole(AriaRole.Listitem).Filter(new() { HasText = second })).ToContainTextAsync("toegewezen aan Noor Consulent");
        await Expect(await HolderOfAsync(page, first)).ToHaveTextAsync("consulent.noord");
        await Expect(await HolderOfAsync(page, second)).ToHaveTextAsync("consulent.noord");
        await page.AssertAccessibleAsync("the worklist with the results of an assignment");

        // Claim all three: the two Noor holds are refused with her name, the free one is the lead's.
        await SelectAsync(page, first);
        await SelectAsync(page, second);
        await SelectAsync(page, third);
        await PressEnterOnAsync(actions.GetByRole(AriaRole.Button, new() { Name = "Geselecteerde (3) oppakken" }));

        await Expect(results).ToContainTextAsync("1 opgepakt, 2 niet gelukt.");
        await Expect(results.GetByRole(AriaRole.Listitem).Filter(new() { HasText = third })).ToContainTextAsync(": opgepakt");
        await Expect(results.GetByRole(AriaRole.Listitem).Filter(new() { HasText = first }))
            .ToContainTextAsync("niet gelukt: Taak is al in behandeling bij 'consulent.noord'");
        // The host's refusal in the screen's language alone: no English gloss in the Dutch UI.
        await Expect(results).Not.ToContainTextAsync("someone else");
        await Expect(await HolderOfAsync(page, third)).ToHaveTextAsync("U");
        await page.AssertAccessibleAsync("the worklist with the results of a bulk claim");
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "rw-screenshots", "teamlead-worklist.png") });

        // In English, the host's refusal is English too, naming the colleague: no Dutch left on the screen.
        await PressEnterOnAsync(page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Mijn werkvoorraad");
        await SelectAsync(page, second);
        await PressEnterOnAsync(actions.GetByRole(AriaRole.Button, new() { Name = "Claim selected (1)" }));
        await Expect(results).ToContainTextAsync("0 claimed, 1 failed.");
        await Expect(results.GetByRole(AriaRole.Listitem).Filter(new() { HasText = second }))
            .ToContainTextAsync("failed: Task is already being handled by 'consulent.noord'");
        await Expect(results).Not.ToContainTextAsync("Taak");
        await page.AssertAccessibleAsync("the English worklist with a refused claim");
        await results.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "rw-screenshots", "teamlead-refused-en.png") });
        await page.Context.CloseAsync();
    }

    private Task OpenAsync(string title) =>
        Cases.OpenWmoMeldingAsync(fixture.Host.Services, DemoUsers.CaseworkerNoord, "wijkteam-noord", title);

    // The "In behandeling bij" column of the case's row, on whichever page it is.
    private static async Task<ILocator> HolderOfAsync(IPage page, string caseTitle) =>
        (await ShowRowAsync(page, caseTitle)).GetByRole(AriaRole.Cell).Nth(5);

    // The team's worklist is sorted by deadline and paged; a person goes back to the first page and pages on until the
    // case shows.
    private static async Task<ILocator> ShowRowAsync(IPage page, string caseTitle)
    {
        var row = page.GetByTestId("worklist-row").Filter(new() { HasText = caseTitle });
        await Expect(page.GetByTestId("worklist-row").First).ToBeVisibleAsync();
        if (await row.CountAsync() == 0)
            while (await PageButton(page, "Vorige").IsEnabledAsync()) await TurnPageAsync(page, "Vorige");
        while (await row.CountAsync() == 0)
        {
            Assert.True(await PageButton(page, "Volgende").IsEnabledAsync(), $"'{caseTitle}' is on no page of the worklist");
            await TurnPageAsync(page, "Volgende");
        }
        return row;
    }

    // Ticks the case's checkbox with Space (the selection stays when paging).
    private static async Task SelectAsync(IPage page, string caseTitle)
    {
        var checkbox = (await ShowRowAsync(page, caseTitle)).GetByRole(AriaRole.Checkbox,
            new() { NameRegex = new Regex($"^(Selecteer|Select) {Regex.Escape(Triage)} \\({Regex.Escape(caseTitle)}\\)$") });
        await checkbox.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(checkbox).ToBeCheckedAsync();
    }

    // Dutch or English (the journey ends in English).
    private static ILocator PageButton(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { NameRegex = new Regex("^(Paginering|Pagination)$") })
            .GetByRole(AriaRole.Button, new() { NameRegex = new Regex(name == "Vorige" ? "^(Vorige|Previous)$" : "^(Volgende|Next)$") });

    private static async Task TurnPageAsync(IPage page, string name)
    {
        var position = page.Locator(".rw-pagination__position");
        var before = await position.InnerTextAsync();
        await PressEnterOnAsync(PageButton(page, name));
        await Expect(position).Not.ToHaveTextAsync(before);
        await Expect(page.Locator("table.rw-worklist")).ToHaveAttributeAsync("aria-busy", "false");
    }

    private static async Task PressEnterOnAsync(ILocator target)
    {
        await target.FocusAsync();
        await target.Page.Keyboard.PressAsync("Enter");
    }
}
