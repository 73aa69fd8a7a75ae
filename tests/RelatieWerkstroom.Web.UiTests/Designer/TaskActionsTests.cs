using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// A human task's actions are its outcome ports: by keyboard the designer reorders, renames, removes and adds them; the
/// ports on the canvas follow (each connection still leaves from its own action's handle), a renamed action keeps its
/// connection, a removed one takes its connection along and comes back with it on undo, and every refusal and
/// validation answer is announced.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class TaskActionsTests(UiFixture fixture)
{
    [Fact]
    public async Task Actions_are_reordered_renamed_removed_and_restored_by_keyboard_with_the_ports_following()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var definitionId = "acties-" + Guid.NewGuid().ToString("N")[..6];
        await fixture.Host.Services.GetRequiredService<DefinitionService>().SaveDraftAsync(WorkflowDefinitionReader.Read(Flow(definitionId)));
        var designer = new DesignerPage(page);
        await designer.OpenAsync(definitionId);
        var ports = page.Locator(".react-flow__node[data-id='Beoordelen'] .rw-node__port");
        var edges = page.Locator(".react-flow__edge");
        var validation = page.Locator("#rw-validation-status");
        await Expect(validation).ToHaveTextAsync("Geen problemen gevonden.");

        await designer.Node("Aanvraag beoordelen").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eigenschappen van Aanvraag beoordelen" })).ToBeVisibleAsync();
        await Expect(ports).ToHaveTextAsync(["Toekennen", "Afwijzen", "Aanhouden"]);
        await AssertEdgesLeaveTheirPortsAsync(page);

        // Reorder: Toekennen one down. The focus stays on the button that moved.
        await page.GetByRole(AriaRole.Button, new() { Name = "Omlaag: Toekennen", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(designer.Announcer).ToHaveTextAsync("Actie Toekennen staat nu op plaats 2 van 3.");
        await Expect(ports).ToHaveTextAsync(["Afwijzen", "Toekennen", "Aanhouden"]);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Omlaag: Toekennen", Exact = true })).ToBeFocusedAsync();
        await AssertEdgesLeaveTheirPortsAsync(page);

        // Rename: a name another action has is refused, said and shown; a new name takes the connection along.
        var first = page.GetByLabel("Naam van actie 1", new() { Exact = true });
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("Toekennen");
        await page.Keyboard.PressAsync("Enter");
        await Expect(designer.Announcer).ToContainTextAsync("Er is al een actie Toekennen");
        await Expect(first).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(ports).ToHaveTextAsync(["Afwijzen", "Toekennen", "Aanhouden"]);
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("Buiten behandeling");
        await page.Keyboard.PressAsync("Enter");
        await Expect(designer.Announcer).ToHaveTextAsync("Actie Afwijzen heet nu Buiten behandeling; haar verbindingen gaan mee.");
        await Expect(first).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(ports).ToHaveTextAsync(["Buiten behandeling", "Toekennen", "Aanhouden"]);
        await Expect(edges).ToHaveCountAsync(4);
        await AssertEdgesLeaveTheirPortsAsync(page);

        // Remove: the connection goes with the action; the notice's button (focused) brings both back.
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijderen: Aanhouden", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(designer.Announcer).ToContainTextAsync("Actie Aanhouden verwijderd, met de verbinding naar Dossier sluiten.");
        await Expect(ports).ToHaveTextAsync(["Buiten behandeling", "Toekennen"]);
        await Expect(edges).ToHaveCountAsync(3);
        var undoRemove = page.GetByRole(AriaRole.Button, new() { Name = "Verwijderen van Aanhouden ongedaan maken", Exact = true });
        await Expect(undoRemove).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(designer.Announcer).ToHaveTextAsync("Ongedaan gemaakt.");
        await Expect(ports).ToHaveTextAsync(["Buiten behandeling", "Toekennen", "Aanhouden"]);
        await Expect(edges).ToHaveCountAsync(4);
        await Expect(undoRemove).ToHaveCountAsync(0);
        await AssertEdgesLeaveTheirPortsAsync(page);

        // A task without actions is the server's problem: it is announced and shown under the actions; Ctrl+Z takes it back.
        foreach (var action in new[] { "Aanhouden", "Toekennen", "Buiten behandeling" })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = $"Verwijderen: {action}", Exact = true }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
        }
        await Expect(edges).ToHaveCountAsync(1);
        // The error is the task's; the warnings are the three ends nothing leads to any more.
        await Expect(validation).ToHaveTextAsync("1 fout en 3 waarschuwingen gevonden.");
        await Expect(page.Locator(".rw-prop--invalid")).ToContainTextAsync("Acties (elke actie is een uitgang)");
        await page.Keyboard.PressAsync("Control+z");
        await Expect(designer.Announcer).ToHaveTextAsync("Ongedaan gemaakt.");
        await Expect(ports).ToHaveCountAsync(0); // one action left: a lone port carries no label
        await Expect(page.Locator(".react-flow__node[data-id='Beoordelen'] .react-flow__handle.source")).ToHaveCountAsync(1);
        await Expect(validation).ToHaveTextAsync("2 waarschuwingen gevonden.");
        await page.Keyboard.PressAsync("Control+z");
        await page.Keyboard.PressAsync("Control+z");
        await Expect(ports).ToHaveTextAsync(["Buiten behandeling", "Toekennen", "Aanhouden"]);
        await Expect(edges).ToHaveCountAsync(4);
        await Expect(validation).ToHaveTextAsync("Geen problemen gevonden.");
        await AssertEdgesLeaveTheirPortsAsync(page);

        // Add: a new action is a new, unconnected port; its name field has the focus.
        await page.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(designer.Announcer).ToHaveTextAsync("Actie Nieuwe actie toegevoegd: de stap heeft er een uitgang bij.");
        await Expect(page.GetByLabel("Naam van actie 4", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("Doorsturen");
        await page.Keyboard.PressAsync("Enter");
        await Expect(ports).ToHaveTextAsync(["Buiten behandeling", "Toekennen", "Aanhouden", "Doorsturen"]);
        await designer.WaitForValidationAsync();
        await page.AssertAccessibleAsync("the actions editor of a human task");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "rw-screenshots", "task-actions.png") });

        await page.Keyboard.PressAsync("Control+s");
        await Expect(designer.Announcer).ToContainTextAsync("Concept opgeslagen");
        var saved = await designer.DownloadExportAsync();
        var task = saved["root"]!["activities"]!.AsArray().Single(a => (string)a!["id"]! == "Beoordelen")!;
        Assert.Equal("String[]", (string?)task["actions"]!["typeName"]);
        Assert.Equal("""["Buiten behandeling","Toekennen","Aanhouden","Doorsturen"]""", (string?)task["actions"]!["expression"]!["value"]);
        var connections = saved["root"]!["connections"]!.AsArray()
            .Select(c => $"{c!["source"]!["activity"]}.{c["source"]!["port"]}->{c["target"]!["activity"]}").Order().ToList();
        Assert.Equal(["Beoordelen.Aanhouden->Sluiten", "Beoordelen.Buiten behandeling->Einde", "Beoordelen.Toekennen->Brief", "Start.Done->Beoordelen"], connections);
        await page.Context.CloseAsync();
    }

    // Each connection of the task starts at the handle of its own action (centred within 2 px), in screen coordinates.
    private static async Task AssertEdgesLeaveTheirPortsAsync(IPage page)
    {
        var offsets = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.react-flow__edge')].flatMap((edge) => {
              const id = edge.getAttribute('data-id') ?? edge.getAttribute('data-testid') ?? '';
              const match = /^Beoordelen:(.+)->/.exec(id.replace(/^rf__edge-/, ''));
              if (!match) return [];
              const path = edge.querySelector('path.react-flow__edge-path');
              const start = path.getPointAtLength(0);
              const m = path.getScreenCTM();
              const x = start.x * m.a + start.y * m.c + m.e, y = start.x * m.b + start.y * m.d + m.f;
              const handle = document.querySelector(`.react-flow__node[data-id="Beoordelen"] .react-flow__handle[data-handleid="${match[1]}"]`);
              if (!handle) return [`${match[1]}: no handle`];
              const box = handle.getBoundingClientRect();
              const dx = Math.abs(box.x + box.width / 2 - x);
              const inside = y >= box.top - 2 && y <= box.bottom + 2;
              return dx > 2 || !inside ? [`${match[1]}: the line starts at (${x.toFixed(1)}, ${y.toFixed(1)}), its handle is at (${box.x.toFixed(1)}, ${box.y.toFixed(1)}) ${box.width} x ${box.height}`] : [];
            })
            """);
        Assert.True(offsets.Length == 0, string.Join("\n", offsets));
    }

    private static JsonObject Flow(string id) => new()
    {
        ["id"] = id + ":v1",
        ["definitionId"] = id,
        ["name"] = "Acties " + id[^6..],
        ["version"] = 1,
        ["root"] = new JsonObject
        {
            ["id"] = "Flowchart1",
            ["type"] = "Elsa.Flowchart",
            ["activities"] = new JsonArray(
                Activity("Start", "Elsa.Start", "Start", 0, 0),
                new JsonObject
                {
                    ["id"] = "Beoordelen", ["type"] = "RelatieWerkstroom.HumanTask", ["name"] = "Aanvraag beoordelen",
                    ["title"] = Literal("Aanvraag beoordelen"),
                    ["role"] = Literal("consulent"),
                    ["actions"] = new JsonObject
                    {
                        ["typeName"] = "String[]",
                        ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """["Toekennen","Afwijzen","Aanhouden"]""" },
                    },
                    ["metadata"] = Position(0, 140),
                },
                Activity("Brief", "Elsa.End", "Beschikking sturen", -300, 300),
                Activity("Einde", "Elsa.End", "Afwijzing sturen", 0, 300),
                Activity("Sluiten", "Elsa.End", "Dossier sluiten", 300, 300)),
            ["connections"] = new JsonArray(
                Connection("Start", "Done", "Beoordelen"), Connection("Beoordelen", "Toekennen", "Brief"),
                Connection("Beoordelen", "Afwijzen", "Einde"), Connection("Beoordelen", "Aanhouden", "Sluiten")),
        },
    };

    private static JsonObject Activity(string id, string type, string name, int x, int y) =>
        new() { ["id"] = id, ["type"] = type, ["name"] = name, ["metadata"] = Position(x, y) };

    private static JsonObject Position(int x, int y) =>
        new() { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = x, ["y"] = y } } };

    private static JsonObject Connection(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };

    private static JsonObject Literal(string value) => new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
}
