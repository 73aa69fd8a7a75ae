using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// The kind of a discretion point (room to decide, or a rule check) and what its default rests on (a way of working or a
/// beleidsregel) are chosen in the property panel; a draft with a value the engine does not know shows it, with
/// a Dutch problem under the field, until the designer picks a known one.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class DiscretionKindTests(UiFixture fixture)
{
    [Fact]
    public async Task An_unknown_kind_is_shown_with_a_Dutch_problem_and_fixed_by_choosing_rule_and_beleidsregel()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        // A draft saved elsewhere (through the API) with a misspelt kind: import refuses such a file, a draft keeps it.
        var definitionId = "soort-" + Guid.NewGuid().ToString("N")[..6];
        await fixture.Host.Services.GetRequiredService<DefinitionService>().SaveDraftAsync(WorkflowDefinitionReader.Read(Flow(definitionId, kind: "regel")));
        var designer = new DesignerPage(page);
        await designer.OpenAsync(definitionId);

        await designer.OpenTabAsync("Problemen");
        await designer.WaitForValidationAsync();
        var problem = page.Locator(".rw-problems__item").Filter(new() { HasText = "kind" });
        await Expect(problem).ToContainTextAsync("Soort 'regel' bestaat niet: kies discretion (de wet laat ruimte) of rule (een regeltoets)");
        await problem.ClickAsync();
        var kind = page.GetByLabel("Soort beslispunt", new() { Exact = true });
        await Expect(kind).ToBeFocusedAsync();
        await Expect(kind.Locator("option:checked")).ToHaveTextAsync("Onbekende waarde: regel");
        await Expect(page.Locator(".rw-prop--invalid")).ToContainTextAsync("Soort 'regel' bestaat niet");
        await Expect(page.GetByLabel("Grondslag van de beleidsruimte (verplicht)", new() { Exact = true })).ToBeVisibleAsync();

        // By keyboard: the rule check, then a default that rests on a beleidsregel.
        await kind.FocusAsync();
        await kind.SelectOptionAsync(new SelectOptionValue { Label = "Regeltoets" });
        await Expect(page.GetByLabel("Grondslag van de regel (verplicht)", new() { Exact = true })).ToBeVisibleAsync();
        var basis = page.GetByLabel("Waar rust de standaardoptie op?", new() { Exact = true });
        await Expect(basis.Locator("option:checked")).ToHaveTextAsync("Werkwijze (Awb 3:46)");
        await basis.SelectOptionAsync(new SelectOptionValue { Label = "Beleidsregel (Awb 4:84)" });
        await Expect(page.GetByText("Afwijken mag alleen als de gevolgen voor de inwoner onevenredig zijn")).ToBeVisibleAsync();
        await designer.WaitForValidationAsync();
        await Expect(page.Locator(".rw-field-problems")).ToHaveCountAsync(0);

        await designer.OpenTabAsync("Problemen");
        await designer.WaitForValidationAsync();
        await Expect(page.Locator(".rw-problems__item")).ToHaveCountAsync(0);
        await designer.SaveDraftAsync();
        var saved = await designer.DownloadExportAsync();
        var point = saved["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "Besluit")!;
        Assert.Equal("rule", point["kind"]!["expression"]!["value"]!.GetValue<string>());
        Assert.Equal("beleidsregel", point["defaultBasis"]!["expression"]!["value"]!.GetValue<string>());

        await designer.OpenTabAsync("Eigenschappen");
        await page.AssertAccessibleAsync("the property panel of a discretion point");
        await page.Context.CloseAsync();
    }

    private static JsonObject Flow(string id, string kind) => new()
    {
        ["id"] = id + ":v1",
        ["definitionId"] = id,
        ["name"] = "Soort beslispunt " + id[^6..],
        ["version"] = 1,
        ["root"] = new JsonObject
        {
            ["id"] = "Flowchart1",
            ["type"] = "Elsa.Flowchart",
            ["activities"] = new JsonArray(
                Activity("Start", "Elsa.Start", 0),
                new JsonObject
                {
                    ["id"] = "Besluit", ["type"] = "RelatieWerkstroom.DiscretionPoint", ["name"] = "Woont de inwoner in de gemeente?",
                    ["question"] = Literal("Woont de inwoner in de gemeente?"),
                    ["options"] = new JsonObject
                    {
                        ["typeName"] = "Object",
                        ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """[{"id":"ja","label":"Ja"},{"id":"nee","label":"Nee"}]""" },
                    },
                    ["defaultOption"] = Literal("ja"),
                    ["legalBasis"] = Literal("Wmo 2015 art. 2.3.1"),
                    ["kind"] = Literal(kind),
                    ["metadata"] = Position(120),
                },
                Activity("Einde", "Elsa.End", 240)),
            ["connections"] = new JsonArray(Connection("Start", "Done", "Besluit"), Connection("Besluit", "ja", "Einde"), Connection("Besluit", "nee", "Einde")),
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
