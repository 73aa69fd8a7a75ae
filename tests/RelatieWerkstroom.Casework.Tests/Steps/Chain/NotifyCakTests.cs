using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Steps.Chain;

public sealed class NotifyCakTests
{
    private const string EigenBijdrageOptions = """[{"id":"standaard","label":"Standaard"},{"id":"vrijstelling","label":"Vrijstelling"}]""";

    [Theory]
    [InlineData("standaard", false)]
    [InlineData("vrijstelling", true)]
    public async Task NotifyCak_AfterToekenningAndToewijzing_QueuesEigenBijdrageMelding(string option, bool exempted)
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("besluit", "DraftBeschikking", """{"decision":"toekennen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3"}""")
            .Step("toewijzing", "SendToewijzing", """{"standard":"iWmo","bericht":"WMO301"}""")
            .Discretion("bijdrage", "RW1-DP17", EigenBijdrageOptions, "standaard", "Verordening maatschappelijke ondersteuning art. 10")
            .Step("cak", "NotifyCak", """{"standard":"iEb","zaaktype":"wmo-maatwerkvoorziening"}""")
            .End()
            .Chain("start", "besluit", "toewijzing", "bijdrage")
            .Connect("bijdrage", "cak", "standaard").Connect("bijdrage", "cak", "vrijstelling").Chain("cak", "end");
        var opened = await s.OpenAsync(flow);

        // Act
        var result = await s.DecideAsync(opened.Bookmarks[0].Id, option, exempted ? "Inkomen onder de grens van de verordening" : null);

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        var toewijzing = MessageJson.Deserialize<ToewijzingBericht>(Assert.Single(await s.MessagesAsync(MessageKinds.Wmo301)).Payload);
        var message = Assert.Single(await s.MessagesAsync(MessageKinds.CakIeb));
        Assert.Equal("CAK", message.Recipient);
        var melding = MessageJson.Deserialize<EigenBijdrageMelding>(message.Payload);
        var decisionId = (await s.JournalAsync(CaseworkEvents.DecisionTaken)).Single()["decisionId"]!.GetValue<string>();
        Assert.Equal(decisionId, melding.Beschikkingnummer);
        Assert.Equal(toewijzing.ToegewezenProducten[0].ToewijzingNummer, melding.ToewijzingNummer);
        Assert.Equal(opened.SubjectId, melding.ClientReferentie);
        Assert.Equal(("ZIN", "02", exempted), (melding.Leveringsvorm, melding.Productcategorie, melding.Vrijgesteld));
        Assert.Contains(await s.JournalAsync(CaseworkEvents.MessageQueued),
            p => p["kind"]?.GetValue<string>() == MessageKinds.CakIeb && p["decisionId"]?.GetValue<string>() == decisionId);
        await s.AssertNoPersonalDataAsync();
    }

    [Fact]
    public async Task NotifyCak_JeugdwetCase_FaultsBecauseTheJeugdwetHasNoEigenBijdrage()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("jeugdwet-toegang").Start()
            .Step("besluit", "DraftBeschikking", """{"decision":"toekennen","legalBasis":"Jeugdwet art. 2.3"}""")
            .Step("cak", "NotifyCak", "{}")
            .End().Chain("start", "besluit", "cak", "end");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("only levies eigen bijdragen for Wmo 2015", (await s.InstanceAsync()).Incident!.Message);
        Assert.Empty(await s.MessagesAsync(MessageKinds.CakIeb));
    }
}
