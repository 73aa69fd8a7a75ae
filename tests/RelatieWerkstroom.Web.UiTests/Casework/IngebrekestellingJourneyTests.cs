using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Web.UiTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>A consulent records a written ingebrekestelling (Awb 4:17) on a late beslistermijn and sees the dwangsom run.</summary>
[Collection(UiCollection.Name)]
public sealed class IngebrekestellingJourneyTests(UiFixture fixture)
{
    [Fact]
    public async Task A_consulent_records_an_ingebrekestelling_by_keyboard_and_the_dossier_shows_the_dwangsom_running()
    {
        // A beslistermijn of two weeks from 60 days ago; the ingebrekestelling arrived 30 days ago. The dwangsom runs from
        // 16 days ago (receipt + 14, Awb 4:17 lid 3): 17 days today, 14 × € 23 + 3 × € 35 = € 427.
        var caseFileId = await Cases.OpenWmoMeldingAsync(fixture.Host.Services, DemoUsers.CaseworkerNoord, "wijkteam-noord", "Woningaanpassing");
        var today = DutchTime.Today(DateTimeOffset.UtcNow);
        await PutLateBeslistermijnAsync(caseFileId, today.AddDays(-60));
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DemoUsers.CaseworkerNoord);
        await page.GotoAsync($"/dossier/{caseFileId}");
        var clock = page.Locator("[data-testid=clock][data-clock=beslistermijn]");

        var open = clock.GetByRole(AriaRole.Button, new() { Name = "Ingebrekestelling ontvangen" });
        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var received = clock.GetByLabel("Ontvangen op");
        await Expect(received).ToBeVisibleAsync();
        await received.FillAsync(today.AddDays(-30).ToString("yyyy-MM-dd"));
        await page.AssertAccessibleAsync("the ingebrekestelling form");
        await clock.GetByRole(AriaRole.Button, new() { Name = "Ingebrekestelling vastleggen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByText("De ingebrekestelling voor termijn beslistermijn is vastgelegd.")).ToBeVisibleAsync();
        await Expect(clock.GetByTestId("dwangsom")).ToContainTextAsync("427,00 over 17 dagen");
        await Expect(clock.GetByTestId("dwangsom")).ToContainTextAsync("loopt door tot het besluit");
        await Expect(clock.GetByRole(AriaRole.Button, new() { Name = "Ingebrekestelling ontvangen" })).ToHaveCountAsync(0);
        // The timeline writes the day of receipt as the other screens write dates ("4 mrt 2026"), never as 2026-03-04.
        var receipt = today.AddDays(-30);
        var timeline = page.GetByTestId("timeline");
        await Expect(timeline).ToContainTextAsync(new Regex($@"Ingebrekestelling ontvangen op {receipt.Day} [a-z]{{3,4}}\.? {receipt.Year} voor termijn beslistermijn"));
        await Expect(timeline).Not.ToContainTextAsync(new Regex(@"\d{4}-\d{2}-\d{2}"));
        await page.AssertAccessibleAsync("the dossier with a dwangsom");
        await page.Context.CloseAsync();
    }

    private async Task PutLateBeslistermijnAsync(string caseFileId, DateOnly start)
    {
        var store = fixture.Host.Services.GetRequiredService<ICaseFileStore>();
        var file = await store.FindAsync(caseFileId);
        var profile = new ClockProfile(ClockOwedBy.Bestuursorgaan, ClockTermKind.Deadline, "national", VerdagingRule.None);
        var clock = CaseClock.Begin("beslistermijn", "Wmo 2015 art. 2.3.5 lid 2", LegalTerm.Parse("2 weeks"), start, 5, file!.InstanceIds[0],
            "KlokBeschikking", DemoUsers.CaseworkerNoord, DateTimeOffset.UtcNow, profile: profile);
        await store.UpdateAsync(caseFileId, f => f.PutClock(clock));
    }
}
