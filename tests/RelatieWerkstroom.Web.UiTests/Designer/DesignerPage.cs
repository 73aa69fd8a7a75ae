using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>What a designer does on the designer screens, in the words on the screen.</summary>
public sealed class DesignerPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Canvas => Page.Locator(".rw-canvas");

    public ILocator Node(string name) => Page.Locator(".react-flow__node").Filter(new() { HasText = name });

    public ILocator Announcer => Page.Locator("#rw-announcer");

    /// <summary>Opens a workflow and waits until its canvas has drawn and fitted the view.</summary>
    public async Task OpenAsync(string definitionId)
    {
        await Page.GotoAsync($"/ontwerper/{Uri.EscapeDataString(definitionId)}");
        await WaitForCanvasAsync();
    }

    public async Task WaitForCanvasAsync()
    {
        await Page.Locator(".react-flow__node").First.WaitForAsync();
        await Page.WaitForFunctionAsync("() => performance.getEntriesByName('designer-open').length > 0");
    }

    public Task ClickToolbarAsync(string name) =>
        Page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync();

    public Task OpenTabAsync(string name) => Page.GetByRole(AriaRole.Tab, new() { Name = name }).ClickAsync();

    /// <summary>Saves the draft and waits for the confirmation the screen reader hears.</summary>
    public async Task SaveDraftAsync()
    {
        await ClickToolbarAsync("Concept opslaan");
        await Assertions.Expect(Announcer).ToContainTextAsync("Concept opgeslagen");
    }

    /// <summary>The JSON the server stores as the latest version, read as the export button offers it.</summary>
    public async Task<JsonObject> DownloadExportAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Link, new() { Name = "Exporteren (Elsa 3 JSON)", Exact = true }).ClickAsync());
        var path = await download.PathAsync();
        return JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
    }

    /// <summary>Imports a definition as an Elsa 3 JSON file on the workflow list, as a designer does, and waits for the confirmation.</summary>
    public async Task ImportAsync(JsonObject definition)
    {
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, definition.ToJsonString());
        await Page.GotoAsync("/ontwerper");
        await Page.GetByLabel("Elsa 3 JSON importeren").SetInputFilesAsync(file);
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("is geïmporteerd");
    }

    /// <summary>Types in the palette's search box, tabs to the first match and presses Enter.</summary>
    public async Task AddFromPaletteByKeyboardAsync(string step)
    {
        var search = Page.GetByLabel("Zoek een stap");
        await search.FocusAsync();
        await Page.Keyboard.PressAsync("Control+a");
        await Page.Keyboard.TypeAsync(step);
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.Locator(":focus")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"{step}$"));
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Waits until the live validation has answered for the current state of the definition.</summary>
    public Task WaitForValidationAsync() =>
        Assertions.Expect(Page.GetByText("Bezig met controleren…")).ToHaveCountAsync(0);
}
