using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>A changed friction annotation on RW-1 shows in the burden preview and in the diff against the published version.</summary>
[Collection(UiCollection.Name)]
public sealed class DiffAndBurdenTests(UiFixture fixture)
{
    private const string Rw1 = "rw1-wmo-maatwerkvoorziening";

    [Fact]
    public async Task A_changed_annotation_on_RW1_shows_in_the_burden_preview_and_the_diff()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        await designer.OpenAsync(Rw1);

        await designer.Node("Melding registreren").ClickAsync();
        var minutes = page.GetByLabel("Minuten medewerker per keer");
        await Expect(minutes).ToHaveValueAsync("10");
        await minutes.FillAsync("25");
        await minutes.PressAsync("Tab");

        await designer.OpenTabAsync("Last");
        var changed = page.Locator("#rw-burden-changed tbody tr");
        await Expect(changed).ToHaveCountAsync(1);
        await Expect(changed.Locator("th")).ToHaveTextAsync("Melding registreren");
        await Expect(changed.Locator("td").Nth(1)).ToHaveTextAsync("10");
        await Expect(changed.Locator("td").Nth(2)).ToHaveTextAsync("25");
        // The step is on the standard route: its national professional minutes rise by 15 against the published version.
        var national = page.Locator("#rw-burden-origins tbody tr").Filter(new() { HasText = "landelijk" });
        var published = int.Parse(await national.Locator("td").Nth(0).InnerTextAsync());
        await Expect(national.Locator("td").Nth(1)).ToHaveTextAsync((published + 15).ToString());

        await designer.OpenTabAsync("Versies");
        await page.Locator("#rw-diff-before").SelectOptionAsync(new SelectOptionValue { Label = "versie 1 · gepubliceerd" });
        await page.Locator("#rw-diff-after").SelectOptionAsync(new SelectOptionValue { Label = "werkversie (dit scherm)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijken op het werkblad" }).ClickAsync();
        var diff = page.Locator("#rw-diff");
        await Expect(diff).ToContainTextAsync("Gewijzigd: Melding registreren — customProperties.friction.minutes");
        await Expect(diff.Locator("li")).ToHaveCountAsync(1);
        await Expect(designer.Node("Melding registreren")).ToContainTextAsync("Gewijzigd");
        await Expect(designer.Node("Ontvangst van de melding bevestigen")).Not.ToContainTextAsync("Gewijzigd");
        await page.Context.CloseAsync();
    }
}
