using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>A designer opens a case's instance from the workflow and sees on the canvas where it has been and where it waits.</summary>
[Collection(UiCollection.Name)]
public sealed class InstanceViewTests(UiFixture fixture)
{
    [Fact]
    public async Task A_waiting_instance_of_RW1_shows_its_executed_path_its_waiting_step_and_its_journal()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        await designer.OpenAsync("rw1-wmo-maatwerkvoorziening");
        await designer.OpenTabAsync("Instanties");

        // The seeded caseload has RW-1 cases waiting for a caseworker.
        var waiting = page.GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = new Regex("Wacht|Loopt") }).First;
        await waiting.GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Zaakverloop");
        await Assertions.Expect(page.Locator("#rw-instance-waiting")).ToContainTextAsync("Wacht bij:");
        var waitingNode = page.Locator(".react-flow__node").Filter(new() { HasText = "Wacht hier" });
        await Assertions.Expect(waitingNode.First).ToBeVisibleAsync();
        // The start ran before the case could wait anywhere; the line it took is drawn as the path followed.
        await Assertions.Expect(page.Locator(".react-flow__node").Filter(new() { HasText = "Uitgevoerd" }).First).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator(".rw-edge--executed").First).ToBeAttachedAsync();

        var journal = page.GetByRole(AriaRole.Table, new() { Name = "Journaal" });
        await Assertions.Expect(journal.GetByRole(AriaRole.Row).Filter(new() { HasText = "Gestart" }).First).ToBeVisibleAsync();
        await Assertions.Expect(journal.GetByRole(AriaRole.Row).Filter(new() { HasText = "Stap afgerond" }).First).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("designer-instance");
        await page.AssertAccessibleAsync("the instance view");
        await page.Context.CloseAsync();
    }
}
