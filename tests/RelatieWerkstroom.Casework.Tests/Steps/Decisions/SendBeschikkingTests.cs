using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Tests.Support;

namespace RelatieWerkstroom.Casework.Tests.Steps.Decisions;

public sealed class SendBeschikkingTests
{
    // Awb 6:8 lid 1: the bezwaartermijn starts the day after the decision "op de voorgeschreven wijze is bekendgemaakt",
    // that is, sent (3:41). A beschikking drafted on Monday 2 March 2026 but checked and sent a week later, on Monday
    // 9 March, gives the citizen until Monday 20 April (six weeks from 9 March end on 20 April), not until 13 April as
    // the draft said: the letter must carry the date computed from the day it is sent.
    [Theory]
    [InlineData(0, "maandag 2 maart 2026", "maandag 13 april 2026")]
    [InlineData(7, "maandag 9 maart 2026", "maandag 20 april 2026")]
    [InlineData(14, "maandag 16 maart 2026", "dinsdag 28 april 2026")] // six weeks end on Koningsdag, Monday 27 April (Atw art. 1, 3)
    public async Task SendBeschikking_DaysAfterTheDraft_ClauseRunsFromTheDaySent(int daysLater, string sent, string lastDay)
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("besluit", "DraftBeschikking", """{"decision":"afwijzen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3"}""")
            .Task("verzenden", "Beschikking controleren en verzenden")
            .Step("versturen", "SendBeschikking")
            .End().Chain("start", "besluit", "verzenden").Connect("verzenden", "versturen", "Gereed").Chain("versturen", "end");
        var opened = await s.OpenAsync(flow);

        // Act
        s.Host.Clock.Advance(TimeSpan.FromDays(daysLater));
        await s.CompleteAsync(opened.Bookmarks[0].Id);

        // Assert
        var letter = (await s.DocumentAsync(DocumentKinds.Beschikking)).Content;
        Assert.Contains($"Dit besluit is verzonden op {sent}.", letter);
        Assert.Contains($"uiterlijk op {lastDay} zijn ingediend", letter);
        Assert.Single(letter.Split("## Bezwaar maken").Skip(1));
    }
}
