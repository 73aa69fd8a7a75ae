using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>
/// The friction annotation's business out-of-pocket costs (RW-4: a provider's accountantsverklaring): shown and edited
/// in the property panel by keyboard; a negative amount or text is refused in Dutch and not written into the step.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class BusinessCostsTests(UiFixture fixture)
{
    [Fact]
    public async Task A_designer_changes_the_business_costs_of_an_RW4_step_and_a_negative_amount_is_refused_in_Dutch()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.Designer);
        var designer = new DesignerPage(page);
        // A copy, so the reference workflow itself stays as it is for the other journeys.
        var definitionId = "rw4-kosten-" + Guid.NewGuid().ToString("N")[..6];
        var copy = ReferenceWorkflowFiles.Read("rw4-toelatingsprocedure.json");
        copy["id"] = definitionId + "-v1";
        copy["definitionId"] = definitionId;
        copy["name"] = "Toelating kosten " + definitionId[^6..];
        await designer.ImportAsync(copy);
        await designer.OpenAsync(definitionId);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Ga naar stap" }).FocusAsync();
        await page.Keyboard.TypeAsync("Productieverantwoording en controleverklaring beoordelen");
        await page.Keyboard.PressAsync("Enter");
        var costs = page.GetByLabel("Eigen kosten bedrijf (euro)", new() { Exact = true });
        await Expect(costs).ToHaveValueAsync("1500");
        await Expect(costs).ToHaveAccessibleDescriptionAsync(new Regex("accountantsverklaring"));

        await costs.FocusAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("-20");
        await page.Keyboard.PressAsync("Tab");
        await Expect(costs).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(costs).ToHaveAccessibleDescriptionAsync(new Regex("Fout: vul een bedrag in euro in van 0 of meer"));
        await Expect(costs).ToHaveValueAsync("-20");
        await page.AssertAccessibleAsync("the friction editor with a refused amount");
        // To look at, not for the README.
        var review = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "rw-screenshots")).FullName;
        await costs.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(review, "designer-business-costs.png") });

        await costs.FocusAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("2750,50");
        await page.Keyboard.PressAsync("Enter");
        await Expect(costs).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".rw-amount-error")).ToHaveCountAsync(0);

        await page.Keyboard.PressAsync("Control+s");
        await Expect(designer.Announcer).ToContainTextAsync("Concept opgeslagen");
        var saved = await designer.DownloadExportAsync();
        var friction = saved["root"]!["activities"]!.AsArray()
            .Single(a => a!["id"]!.GetValue<string>() == "Productieverantwoording")!["customProperties"]!["friction"]!;
        Assert.Equal(2750.5, friction["businessOutOfPocket"]!.GetValue<double>());
        // The rest of the annotation is as it was.
        Assert.Equal(480, friction["minutes"]!.GetValue<int>());
        Assert.Equal("contract", friction["origin"]!.GetValue<string>());
        await page.Context.CloseAsync();
    }
}
