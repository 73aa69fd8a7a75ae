using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// The problems panel tells errors from warnings in words ("Fout", "Waarschuwing"), and only errors stop publishing:
/// a step nothing leads to is a warning (Elsa 3 runs such a workflow), a discretion point without default and legal
/// basis has errors. Each problem is said in Dutch from its code, not in the server's English.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class ProblemSeverityTests(UiFixture fixture)
{
    [Fact]
    public async Task A_warning_is_named_as_such_and_does_not_stop_publishing_while_an_error_does()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        var definitionId = "ernst-" + Guid.NewGuid().ToString("N")[..6];
        await designer.ImportAsync(WithAStrayTask(LargeFlowchart.Create(definitionId, 4)));
        await designer.OpenAsync(definitionId);

        await designer.OpenTabAsync("Problemen (1)");
        await designer.WaitForValidationAsync();
        var rows = page.Locator(".rw-problems__item");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Waarschuwing Losse taak");
        // The server's problem in Dutch, from its code (ActivityUnreachable) and values, not the server's English.
        await Expect(rows.First).ToContainTextAsync(new Regex("Stap '[^']*Losse taak[^']*' is vanaf de startstap '[^']+' niet te bereiken; hij wordt nooit uitgevoerd"));
        await Expect(rows.First).Not.ToContainTextAsync("cannot be reached");
        await Expect(page.Locator(".rw-problems__summary")).ToHaveTextAsync("1 waarschuwing");
        await Expect(designer.Node("Losse taak")).ToContainTextAsync("1 waarschuwing");

        await designer.ClickToolbarAsync("Publiceren");
        await Expect(designer.Announcer).ToContainTextAsync("Gepubliceerd: versie 1");

        // A discretion point without its default and legal basis: errors, listed before the warning.
        await designer.Node("Stap 2").ClickAsync();
        await page.Locator(".rw-palette__item").Filter(new() { HasTextRegex = new("Discretiepunt$") }).ClickAsync();
        await Expect(designer.Announcer).ToContainTextAsync("Discretiepunt toegevoegd");
        await designer.ClickToolbarAsync("Publiceren");
        await Expect(designer.Announcer).ToContainTextAsync("Publiceren kan niet: er zijn nog");
        await Expect(designer.Announcer).ToContainTextAsync("fouten");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Problemen", Exact = false })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(rows.First).ToContainTextAsync("Fout Discretiepunt");
        await Expect(rows.Filter(new() { HasText = "legalBasis" })).ToContainTextAsync("Verplicht veld 'legalBasis' ontbreekt");
        await Expect(rows.Filter(new() { HasText = "Losse taak" })).ToContainTextAsync("Waarschuwing");
        var severities = await rows.Locator(".rw-severity").AllInnerTextsAsync();
        Assert.Equal(severities.OrderBy(s => s.Contains("Waarschuwing")), severities);
        await Expect(page.Locator(".rw-problems__summary")).ToHaveTextAsync(new Regex(@"^\d+ fouten en \d+ waarschuwingen?$"));
        await Expect(designer.Node("Discretiepunt")).ToContainTextAsync("fouten");
        await Expect(page.Locator("#rw-validation-status")).ToHaveTextAsync(new Regex(@"^\d+ fouten en \d+ waarschuwingen? gevonden\.$"));

        await page.AssertAccessibleAsync("the designer's problems panel with errors and a warning");
        // To look at, not for the README.
        var review = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "rw-screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(review, "designer-problem-severity.png") });
        await page.Context.CloseAsync();
    }

    // A task beside the chain that no connection leads to: Elsa runs the workflow, the task never.
    private static JsonObject WithAStrayTask(JsonObject definition)
    {
        var activities = definition["root"]!["activities"]!.AsArray();
        var stray = activities.Single(a => a!["id"]!.GetValue<string>() == "Stap1")!.DeepClone().AsObject();
        stray["id"] = "LosseTaak";
        stray["type"] = "RelatieWerkstroom.HumanTask";
        stray["name"] = "Losse taak";
        stray.Remove("timeSpan");
        stray["title"] = Literal("Losse taak uitvoeren");
        stray["role"] = Literal("consulent");
        stray["metadata"]!["designer"]!["position"] = new JsonObject { ["x"] = 300, ["y"] = 140 };
        activities.Add(stray);
        return definition;
    }

    private static JsonObject Literal(string value) =>
        new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
}
