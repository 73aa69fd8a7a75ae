using System.Text.Json.Nodes;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>A designer who does not use a mouse adds steps and connects them with the keyboard alone.</summary>
[Collection(UiCollection.Name)]
public sealed class KeyboardTests(UiFixture fixture)
{
    [Fact]
    public async Task Adding_and_connecting_steps_by_keyboard_only()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        await page.GotoAsync("/ontwerper");
        var name = "Toetsenbord " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Naam van een nieuwe werkstroom").FocusAsync();
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Enter");
        var designer = new DesignerPage(page);
        await page.GetByRole(AriaRole.Heading, new() { Name = $"Ontwerpen: {name}" }).WaitForAsync();

        await designer.AddFromPaletteByKeyboardAsync("Start");
        await Expect(designer.Announcer).ToContainTextAsync("Start toegevoegd en gekozen.");
        await designer.AddFromPaletteByKeyboardAsync("Taak");
        await Expect(designer.Announcer).ToContainTextAsync("Taak toegevoegd na Start en verbonden via Done.");
        await designer.AddFromPaletteByKeyboardAsync("Einde");
        await Expect(designer.Announcer).ToContainTextAsync("Einde toegevoegd na Taak en verbonden via Gereed.");
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(2);

        // Undo takes the last step back; redo brings it back, connection included.
        await page.Locator(".react-flow__node").First.FocusAsync();
        await page.Keyboard.PressAsync("Control+z");
        await Expect(designer.Announcer).ToHaveTextAsync("Ongedaan gemaakt.");
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Control+y");
        await Expect(designer.Announcer).ToHaveTextAsync("Opnieuw gedaan.");
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Alles in beeld", Exact = true }).First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".react-flow__node")).ToHaveCountAsync(3);

        // Remove the task's connection and make it again through the property panel.
        await page.Locator(".react-flow__node").Filter(new() { HasText = "Taak" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verbinding Gereed naar Einde verwijderen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(designer.Announcer).ToContainTextAsync("Verbinding Gereed naar Einde verwijderd.");
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(1);
        await page.GetByLabel("Verbind Gereed met").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(designer.Announcer).ToContainTextAsync("Verbonden: Taak via Gereed naar Einde.");
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(2);

        await page.Keyboard.PressAsync("Control+s");
        await Expect(designer.Announcer).ToContainTextAsync("Concept opgeslagen");
        var saved = await designer.DownloadExportAsync();
        var connections = saved["root"]!["connections"]!.AsArray()
            .Select(c => $"{c!["source"]!["activity"]}.{c["source"]!["port"]}->{c["target"]!["activity"]}")
            .Order().ToList();
        Assert.Equal(["Start.Done->Taak", "Taak.Gereed->Einde"], connections);
        await page.Context.CloseAsync();
    }
}
