using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Steps.Intake;

public sealed class ConfirmReceiptTests
{
    [Fact]
    public async Task ConfirmReceipt_WmoMelding_StoresLetterWithDateTermAndInformationAndQueuesIt()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("melding", "RegisterMelding", """{"soort":"melding","kanaal":"wmo-loket","domein":"Wmo 2015","meldingDate":"2026-02-27"}""")
            .Step("bevestiging", "ConfirmReceipt", """{"soort":"melding","termijn":"6 weken","informatie":["persoonlijk plan binnen 7 dagen na de melding","gratis cliëntondersteuning"]}""")
            .End().Chain("start", "melding", "bevestiging", "end");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert: received Friday 27 February 2026; six weeks later is Friday 10 April 2026.
        var letter = await s.DocumentAsync(DocumentKinds.Ontvangstbevestiging);
        Assert.Contains("Wij hebben uw melding op 27 februari 2026 ontvangen.", letter.Content);
        Assert.Contains("artikel 2.3.2 lid 1 Wmo 2015", letter.Content);
        Assert.Contains("binnen 6 weken, dat is uiterlijk op 10 april 2026", letter.Content);
        Assert.Contains("- gratis cliëntondersteuning", letter.Content);
        var brief = MessageJson.Deserialize<Brief>(Assert.Single(await s.MessagesAsync(MessageKinds.Brief)).Payload);
        Assert.Equal((letter.Id, SubjectPlaceholder.For(opened.SubjectId)), (brief.DocumentId, brief.Geadresseerde));
        Assert.Contains(await s.JournalAsync(CaseworkEvents.MessageQueued), p => p["kind"]?.GetValue<string>() == MessageKinds.Brief);
        await s.AssertNoPersonalDataAsync();
    }
}
