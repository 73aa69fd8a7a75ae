using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Web.UiTests.Audit;
using RelatieWerkstroom.Web.UiTests.Casework;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Admin;

/// <summary>
/// The beheerder opens Incidenten by keyboard, sees which step of which workflow failed with what message and for which
/// dossier (never the inwoner's name or BSN), and retries: a passing fault goes on and leaves the list, a lasting one is
/// reported as stuck again and stays; each retry's result is shown above the list, with the step, and the error without
/// the script that threw it.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class IncidentsTests(UiFixture fixture)
{
    [Fact]
    public async Task A_beheerder_retries_incidents_by_keyboard_and_sees_no_personal_data()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var caseFileId = await Cases.OpenWmoMeldingAsync(fixture.Host.Services, DemoUsers.CaseworkerNoord, "wijkteam-noord", $"Koppeling {run}");
        var passing = $"Gegevens ophalen {run}";
        var lasting = $"Adres controleren {run}";
        await StartFaultingAsync(passing, "if ((getAttempt() || 0) < 1) { setAttempt(1); throw new Error('koppeling tijdelijk niet bereikbaar'); } 'ok';", caseFileId);
        await StartFaultingAsync(lasting, "throw new Error('adresbron weigert het verzoek');", null);

        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Administrator);
        await PressEnterOnAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Incidenten" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Incidenten", Level = 1 })).ToBeVisibleAsync();

        var passingRow = RowOf(page, passing);
        await Expect(passingRow).ToContainTextAsync("Controleer koppeling");
        await Expect(passingRow).ToContainTextAsync("koppeling tijdelijk niet bereikbaar");
        await Expect(passingRow).ToContainTextAsync(caseFileId);
        await Expect(RowOf(page, lasting)).ToContainTextAsync("adresbron weigert het verzoek");
        // The error, not the JavaScript that threw it.
        await Expect(page.GetByTestId("incident-row").Filter(new() { HasText = "throw new Error" })).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("incident-row").Filter(new() { HasText = "setAttempt" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("the incidents list");
        PersonalData.AssertNoneIn(await PersonalData.OfAsync(fixture.Host), await page.InnerTextAsync("main"), "the incidents list");

        await PressEnterOnAsync(passingRow.GetByRole(AriaRole.Button, new() { NameRegex = new("^Opnieuw proberen") }));
        // What happened to which step, on the screen (not only for a screen reader), where the keyboard now is: the row is gone.
        var status = page.GetByTestId("incidents-status");
        await Expect(status).ToBeVisibleAsync();
        await Expect(status).ToHaveTextAsync($"{passing}, stap Controleer koppeling: opnieuw gelopen, nu afgerond.");
        await Expect(status).ToBeFocusedAsync();
        await Expect(passingRow).ToHaveCountAsync(0);

        await PressEnterOnAsync(RowOf(page, lasting).GetByRole(AriaRole.Button, new() { NameRegex = new("^Opnieuw proberen") }));
        await Expect(status).ToContainTextAsync($"{lasting}, stap Controleer koppeling: opnieuw vastgelopen. Fout:");
        await Expect(status).ToContainTextAsync("adresbron weigert het verzoek");
        await Expect(status).Not.ToContainTextAsync("throw");
        await Expect(status).ToBeVisibleAsync();
        await Expect(RowOf(page, lasting)).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync("the incidents list after a retry");
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "rw-screenshots", "incidents.png") });
        await page.Context.CloseAsync();
    }

    private static ILocator RowOf(IPage page, string workflowName) =>
        page.GetByTestId("incident-row").Filter(new() { HasText = workflowName });

    // One script step that throws; a new definition id per test run, so its incidents are this test's own.
    private async Task StartFaultingAsync(string name, string script, string? caseFileId)
    {
        var definitionId = "incident-" + Guid.NewGuid().ToString("N")[..12];
        var definition = WorkflowDefinitionReader.Read(new JsonObject
        {
            ["id"] = definitionId + "-v1", ["definitionId"] = definitionId, ["name"] = name, ["version"] = 1, ["isPublished"] = true,
            ["variables"] = new JsonArray(new JsonObject { ["id"] = "Attempt", ["name"] = "Attempt", ["typeName"] = "Object", ["value"] = 0 }),
            ["root"] = new JsonObject
            {
                ["id"] = "Flowchart1", ["type"] = "Elsa.Flowchart", ["connections"] = new JsonArray(),
                ["activities"] = new JsonArray(new JsonObject
                {
                    ["id"] = "Script1", ["type"] = "Elsa.RunJavaScript", ["name"] = "Controleer koppeling",
                    ["script"] = InputValue.Wrap("String", "Literal", script),
                }),
            },
        });
        using var scope = fixture.Host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DefinitionService>().ImportAsync([("test", definition)], publish: true);
        var started = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>()
            .StartAsync(definitionId, new StartOptions(CorrelationId: caseFileId));
        Assert.Equal(WorkflowStatus.Faulted, started.Status);
    }

    private static async Task PressEnterOnAsync(ILocator target)
    {
        await target.FocusAsync();
        await target.Page.Keyboard.PressAsync("Enter");
    }
}
