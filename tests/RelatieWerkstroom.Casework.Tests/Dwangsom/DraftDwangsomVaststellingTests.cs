using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Journal;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Dwangsom;

public sealed class DraftDwangsomVaststellingTests
{
    // The beslistermijn of two weeks from 2 February 2026 (to 16 February), then a task, then the vaststellingsbeschikking.
    private static FlowBuilder Flow() => new FlowBuilder("wmo-maatwerkvoorziening").Start()
        .Clock("klok", "start", term: "2 weeks", on: "2026-02-02", legalBasis: "Wmo 2015 art. 2.3.5 lid 2")
        .Task("wacht", "Dwangsom vaststellen")
        .Step("vaststellen", "DraftDwangsomVaststelling", """{"termijn":"beslistermijn"}""")
        .End().Chain("start", "klok", "wacht", "vaststellen", "end");

    [Fact]
    public async Task DraftDwangsomVaststelling_WhileTheDwangsomStillRuns_FaultsAndStoresNoLetter()
    {
        // Ingebrekestelling on 23 February: the dwangsom runs from 9 March and, without a decision, up to 19 April. On
        // 2 March nothing is final, so the amount cannot be set: the step refuses and nothing of the letter is stored.
        using var s = new StepScenario();
        var opened = await s.OpenAsync(Flow());
        await s.Host.SendAsync(new RegisterIngebrekestelling.Command(TestUsers.Consulent, s.CaseFileId, "beslistermijn", new DateOnly(2026, 2, 23)));

        var run = await s.CompleteAsync(opened.Bookmarks[0].Id);

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("the dwangsom on the beslistermijn still runs", (await s.InstanceAsync()).Incident!.Message);
        Assert.DoesNotContain((await s.CaseFileAsync()).Documents, d => d.Kind == DocumentKinds.DwangsomVaststelling);
        Assert.Empty(await s.MessagesAsync(MessageKinds.Brief));
        Assert.Empty(await s.JournalAsync(CaseworkEvents.DocumentGenerated));
    }

    [Fact]
    public async Task DraftDwangsomVaststelling_AfterADecisionOnABezwaar_SetsTheAmountWithABeroepClause()
    {
        // A decision on 26 March after the ingebrekestelling of 23 February: days 9–25 March, 17 days, € 427. The letter is
        // sent on 2 March in this scenario's clock, so the last day for beroep is six weeks after it: 13 April 2026.
        using var s = new StepScenario();
        var flow = new FlowBuilder("bezwaar").Start()
            .Clock("klok", "start", clock: "beslistermijn-bezwaar", term: "2 weeks", on: "2026-01-01", legalBasis: "Awb art. 7:10 lid 1")
            .Task("wacht", "Dwangsom vaststellen")
            .Step("vaststellen", "DraftDwangsomVaststelling", """{"termijn":"beslistermijn-bezwaar"}""")
            .End().Chain("start", "klok", "wacht", "vaststellen", "end");
        var opened = await s.OpenAsync(flow);
        // Term 1–15 January 2026; ingebrekestelling 16 January: the dwangsom runs from 30 January; decided on 16 February,
        // so the last day is 15 February, day 17: 14 × € 23 + 3 × € 35 = € 427.
        await s.Host.SendAsync(new RegisterIngebrekestelling.Command(TestUsers.Consulent, s.CaseFileId, "beslistermijn-bezwaar", new DateOnly(2026, 1, 16)));
        await s.Host.CaseFiles.UpdateAsync(s.CaseFileId, f => f.PutClock(f.Clock("beslistermijn-bezwaar")!.Apply(ClockAction.Stop, new DateOnly(2026, 2, 16), null, null,
            TestUsers.Consulent.Id, s.Host.Clock.GetUtcNow())));

        await s.CompleteAsync(opened.Bookmarks[0].Id);

        var letter = await s.DocumentAsync(DocumentKinds.DwangsomVaststelling);
        Assert.Contains("een dwangsom van € 427,00 verschuldigd", letter.Content);
        Assert.Contains("van 30 januari 2026 tot en met 15 februari 2026", letter.Content);
        Assert.Contains("## Beroep instellen", letter.Content);
        Assert.Contains("niet op tijd op uw bezwaarschrift hebben beslist", letter.Content);
        // Term end 15 February + two weeks = Sunday 1 March; the Atw moves the 4:18 day to Monday 2 March.
        Assert.Contains("dat is uiterlijk op 2 maart 2026", letter.Content);
        Assert.Contains("uiterlijk op maandag 13 april 2026 zijn ingediend", letter.Content);
        var brief = Assert.Single(await s.MessagesAsync(MessageKinds.Brief));
        Assert.Equal(letter.Id, MessageJson.Deserialize<Brief>(brief.Payload).DocumentId);
        await s.AssertNoPersonalDataAsync();
    }
}
