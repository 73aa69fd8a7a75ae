using System.Text.Json.Nodes;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// A draft saved by another tool holds friction figures no report can use (minutes as text, negative minutes): the
/// problems panel names the step and the field in Dutch, a click (or Enter) opens that field showing the value, and
/// once corrected the problem goes and the workflow publishes.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class FrictionValueTests(UiFixture fixture)
{
    [Fact]
    public async Task Wrong_friction_figures_are_named_by_step_and_field_and_fixed_by_keyboard()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        var definitionId = "frictie-" + Guid.NewGuid().ToString("N")[..6];
        var definition = LargeFlowchart.Create(definitionId, 4);
        await designer.ImportAsync(definition);
        Friction(definition, "Stap1")["minutes"] = "tien";
        Friction(definition, "Stap2")["citizenMinutes"] = -5;
        await SaveDraftThroughTheApiAsync(page, definitionId, definition);

        await designer.OpenAsync(definitionId);
        await designer.OpenTabAsync("Problemen (2)");
        await designer.WaitForValidationAsync();
        var rows = page.Locator(".rw-problems__item");
        await Expect(rows).ToHaveTextAsync(
        [
            "✖ Fout Stap 1 · Minuten medewerker per keer: moet een getal van 0 of meer zijn, niet \"tien\"",
            "✖ Fout Stap 2 · Minuten inwoner per keer: moet een getal van 0 of meer zijn, niet -5",
        ]);
        await Expect(designer.Node("Stap 1")).ToContainTextAsync("1 fout");
        await page.AssertAccessibleAsync("the designer's problems panel with wrong friction figures");
        // To look at, not for the README.
        var review = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "rw-screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(review, "designer-friction-values.png") });

        // Enter on the first problem opens the field, which shows what the file holds and is marked invalid.
        await rows.First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var minutes = page.GetByLabel("Minuten medewerker per keer", new() { Exact = true });
        await Expect(minutes).ToBeFocusedAsync();
        await Expect(minutes).ToHaveValueAsync("tien");
        await Expect(minutes).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(minutes).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("moet een getal van 0 of meer zijn"));
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("10");
        await page.Keyboard.PressAsync("Tab");
        await designer.OpenTabAsync("Problemen");
        await Expect(rows).ToHaveTextAsync(["✖ Fout Stap 2 · Minuten inwoner per keer: moet een getal van 0 of meer zijn, niet -5"]);

        await designer.ClickToolbarAsync("Publiceren");
        await Expect(designer.Announcer).ToContainTextAsync("Publiceren kan niet: er is nog 1 fout.");

        await rows.First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var citizen = page.GetByLabel("Minuten inwoner per keer", new() { Exact = true });
        await Expect(citizen).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("5");
        await page.Keyboard.PressAsync("Tab");
        await designer.OpenTabAsync("Problemen");
        await designer.WaitForValidationAsync();
        await Expect(rows).ToHaveCountAsync(0);
        await designer.ClickToolbarAsync("Publiceren");
        await Expect(designer.Announcer).ToContainTextAsync("Gepubliceerd: versie");

        var published = await designer.DownloadExportAsync();
        Assert.Equal(10, Friction(published, "Stap1")["minutes"]!.GetValue<double>());
        Assert.Equal(5, Friction(published, "Stap2")["citizenMinutes"]!.GetValue<double>());
        await page.Context.CloseAsync();
    }

    private static JsonObject Friction(JsonObject definition, string activityId) =>
        definition["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == activityId)!["customProperties"]!["friction"]!.AsObject();

    // Another tool (or a colleague's script) saves a draft as the REST API allows: drafts are stored whatever their problems.
    private static async Task SaveDraftThroughTheApiAsync(IPage page, string definitionId, JsonObject definition)
    {
        var status = await page.EvaluateAsync<int>("""
            async ([id, body]) => {
              const xsrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '');
              const response = await fetch(`/api/definitions/${encodeURIComponent(id)}/draft`, {
                method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrf }, body });
              return response.status;
            }
            """, new object[] { definitionId, definition.ToJsonString() });
        Assert.Equal(200, status);
    }
}
