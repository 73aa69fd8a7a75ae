using Microsoft.Playwright;
using RelatieWerkstroom.Web.UiTests.Audit;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>
/// Knelpunt melden: on a step, a consulent flags needless red tape by keyboard; a text with a BSN in it is refused in
/// Dutch alone and nothing is sent; a clean one is reported, and the auditor finds it with the step, without the case
/// or a name. axe on the form in each state.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class RedTapeTests(UiFixture fixture)
{
    [Fact]
    public async Task A_consulent_flags_red_tape_on_a_step_and_the_auditor_sees_it_without_personal_data()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var caseFileId = await Cases.OpenWmoMeldingAsync(fixture.Host.Services, DemoUsers.CaseworkerNoord, "wijkteam-noord", $"Knelpunt {run}");
        var bookmarkId = await Cases.FirstOpenTaskAsync(fixture.Host.Services, DemoUsers.CaseworkerNoord, "wijkteam-noord", caseFileId);
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.CaseworkerNoord);
        await page.GotoAsync($"/taak/{bookmarkId}");

        var form = page.GetByTestId("red-tape-form");
        await Expect(form.GetByRole(AriaRole.Heading, new() { Name = "Knelpunt melden" })).ToBeVisibleAsync();
        await form.GetByLabel("Soort knelpunt").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown"); // Chromium moves a closed select's choice with the arrow keys
        await Expect(form.GetByLabel("Soort knelpunt")).ToHaveValueAsync("duplicate-request");
        var text = form.GetByLabel("Wat knelt er?");
        await text.FocusAsync();
        await page.Keyboard.TypeAsync("Inwoner met BSN 123456782 moet zijn inkomen opnieuw aanleveren");
        var submit = form.GetByRole(AriaRole.Button, new() { Name = "Knelpunt melden" });
        await submit.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // Refused inline, in Dutch alone, and nothing reported.
        await Expect(form).ToContainTextAsync("Geen persoonsgegevens in een knelpunt");
        await Expect(form).Not.ToContainTextAsync("personal data");
        await Expect(text).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertAccessibleAsync("the red-tape form with a refused text");

        var clean = $"Inkomensgegevens worden opnieuw gevraagd terwijl de gemeente ze al heeft ({run})";
        await text.FillAsync("");
        await text.FocusAsync();
        await page.Keyboard.TypeAsync(clean);
        await submit.FocusAsync();
        // The host's answer is awaited (with its status and body in the message) before the screen is checked: under a
        // full run's load the answer alone can take longer than an assertion waits.
        var answer = await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"),
            r => r.Url.Contains("/red-tape", StringComparison.Ordinal) && r.Request.Method == "POST", new() { Timeout = 60_000 });
        Assert.True(answer.Ok, $"the red-tape flag was answered {answer.Status}: {await answer.TextAsync()}");
        await Expect(form.GetByRole(AriaRole.Status)).ToContainTextAsync("Knelpunt gemeld bij stap");
        await Expect(form.GetByRole(AriaRole.Status)).ToContainTextAsync("(Dubbele uitvraag)");
        await Expect(text).ToHaveValueAsync("");
        await page.AssertAccessibleAsync("the red-tape form after a report");
        await form.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "rw-screenshots", "red-tape-form.png") });
        await page.Context.CloseAsync();

        // The auditor's view: the flag with its step, without the case, the citizen or the caseworker.
        var auditor = await fixture.NewPageAsync();
        await auditor.SignInAsync(DemoUsers.Auditor);
        await auditor.GotoAsync("/audit/knelpunten");
        await Expect(auditor.Locator("main")).ToContainTextAsync(clean);
        var main = await auditor.Locator("main").InnerTextAsync();
        Assert.DoesNotContain(caseFileId, main);
        Assert.DoesNotContain(DemoUsers.CaseworkerNoord, main);
        PersonalData.AssertNoneIn(await PersonalData.OfAsync(fixture.Host), main, "the red-tape flags");
        await auditor.Context.CloseAsync();
    }
}
