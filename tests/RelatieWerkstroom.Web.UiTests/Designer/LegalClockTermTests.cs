using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// A legal clock's term is picked, by keyboard, from the named terms of the settings the host runs with; the panel shows
/// the term's name, length, origin and legal basis, takes the basis over on request, and the saved definition names the
/// term as <c>setting:name</c> in Elsa 3 JSON with everything else of the activity kept.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class LegalClockTermTests(UiFixture fixture)
{
    [Fact]
    public async Task A_term_from_the_settings_is_picked_by_keyboard_with_its_length_and_legal_basis_shown()
    {
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ReferenceWorkflowFiles.Folder, "settings", "voorbeeldstad.json")))!;
        var chosen = settings["terms"]!["jeugd-onderzoekstermijn"]!;
        var basis = (string)chosen["basis"]!;
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var definitionId = "termijn-" + Guid.NewGuid().ToString("N")[..6];
        await fixture.Host.Services.GetRequiredService<DefinitionService>().SaveDraftAsync(WorkflowDefinitionReader.Read(Flow(definitionId)));
        var designer = new DesignerPage(page);
        await designer.OpenAsync(definitionId);

        await designer.Node("Onderzoekstermijn starten").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eigenschappen van Onderzoekstermijn starten" })).ToBeVisibleAsync();
        var term = page.GetByLabel("Termijn", new() { Exact = true });
        await Expect(term.Locator("option:checked")).ToHaveTextAsync("Eigen lengte invullen");
        await Expect(page.GetByLabel("Lengte van de termijn", new() { Exact = true })).ToHaveValueAsync("6 weeks");
        // Every named term of the settings is offered, with its length in Dutch.
        await Expect(term.Locator("optgroup option")).ToHaveCountAsync(settings["terms"]!.AsObject().Count);

        // Keyboard only: from the first choice one down is the first term of the settings file.
        await term.FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(term.Locator("option:checked")).ToHaveTextAsync("jeugd-onderzoekstermijn (6 weken)");
        var details = page.Locator(".rw-term");
        await Expect(details).ToContainTextAsync("Lengte6 weken");
        await Expect(details).ToContainTextAsync("Herkomstlokaal (verordening, beleidsregels of collegebesluit)");
        await Expect(details).ToContainTextAsync("Grondslag" + basis);
        await Expect(details).ToContainTextAsync((string)chosen["note"]!);
        await Expect(page.GetByLabel("Lengte van de termijn", new() { Exact = true })).ToHaveCountAsync(0);
        // The screen reader hears the chosen term with the select.
        var describedBy = await term.GetAttributeAsync("aria-describedby");
        Assert.Contains(await details.GetAttributeAsync("id"), describedBy!.Split(' '));

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Grondslag van deze termijn overnemen" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Grondslag", Exact = true }).First).ToHaveValueAsync(basis);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Grondslag van deze termijn overnemen" })).ToHaveCountAsync(0);
        await designer.WaitForValidationAsync();
        await page.AssertAccessibleAsync("the property panel of a legal clock with a term from the settings");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "rw-screenshots", "legal-clock-term.png") });

        await page.Keyboard.PressAsync("Control+s");
        await Expect(designer.Announcer).ToContainTextAsync("Concept opgeslagen");
        var saved = await designer.DownloadExportAsync();
        var clock = saved["root"]!["activities"]!.AsArray().Single(a => (string)a!["id"]! == "Klok")!;
        Assert.True(JsonNode.DeepEquals(Literal("setting:jeugd-onderzoekstermijn"), clock["term"]), clock["term"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(Literal(basis), clock["legalBasis"]), clock["legalBasis"]!.ToJsonString());
        Assert.Equal("bewaard", (string?)clock["onbekendVeld"]);
        Assert.True(JsonNode.DeepEquals(Literal("onderzoekstermijn"), clock["clock"]));
        await page.Context.CloseAsync();
    }

    private static JsonObject Flow(string id) => new()
    {
        ["id"] = id + ":v1",
        ["definitionId"] = id,
        ["name"] = "Termijn uit de instellingen " + id[^6..],
        ["version"] = 1,
        ["root"] = new JsonObject
        {
            ["id"] = "Flowchart1",
            ["type"] = "Elsa.Flowchart",
            ["activities"] = new JsonArray(
                Activity("Start", "Elsa.Start", 0),
                new JsonObject
                {
                    ["id"] = "Klok", ["type"] = "RelatieWerkstroom.LegalClock", ["name"] = "Onderzoekstermijn starten",
                    ["action"] = Literal("start"),
                    ["clock"] = Literal("onderzoekstermijn"),
                    ["term"] = Literal("6 weeks"),
                    ["onbekendVeld"] = "bewaard",
                    ["metadata"] = Position(120),
                },
                Activity("Einde", "Elsa.End", 240)),
            ["connections"] = new JsonArray(Connection("Start", "Done", "Klok"), Connection("Klok", "Done", "Einde")),
        },
    };

    private static JsonObject Activity(string id, string type, int y) => new() { ["id"] = id, ["type"] = type, ["metadata"] = Position(y) };

    private static JsonObject Position(int y) =>
        new() { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 0, ["y"] = y } } };

    private static JsonObject Connection(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };

    private static JsonObject Literal(string value) => new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
}
