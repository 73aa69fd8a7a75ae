using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Steps.Chain;

public sealed class AnswerVerzoekOmToewijzingTests
{
    private static FlowBuilder Flow(string answer) => new FlowBuilder("jeugdwet-toegang").Start()
        .Step("vot", "RegisterMelding", """{"soort":"verzoek-om-toewijzing","kanaal":"JW315","domein":"Jeugdwet","referentieAanbieder":"VOT-1","aanbieder":"98990011"}""")
        .Step("antwoord", "AnswerVerzoekOmToewijzing", answer, "Toegewezen", "Afgewezen")
        .End("eindeToegewezen").End("eindeAfgewezen")
        .Chain("start", "vot", "antwoord")
        .Connect("antwoord", "eindeToegewezen", "Toegewezen").Connect("antwoord", "eindeAfgewezen", "Afgewezen");

    [Fact]
    public async Task Answer_Afgewezen_AcknowledgesWithJw316AndRefusesWithJw319()
    {
        // Arrange
        using var s = new StepScenario();

        // Act
        await s.OpenAsync(Flow("""{"standard":"iJw","antwoordbericht":"JW319","retourbericht":"JW316","besluit":"afgewezen","redenCodelijst":"WJ759","reden":"8"}"""));

        // Assert
        var retour = MessageJson.Deserialize<RetourBericht>(Assert.Single(await s.MessagesAsync("iJw.JW316")).Payload);
        Assert.Equal(447, retour.Header.BerichtCode);
        Assert.Equal("VOT-1", retour.IdentificatieRetour);
        Assert.Equal(IStandaarden.RetourcodeGoedgekeurd, retour.Retourcode);
        var antwoord = MessageJson.Deserialize<VerzoekAntwoordBericht>(Assert.Single(await s.MessagesAsync("iJw.JW319")).Payload);
        Assert.Equal(488, antwoord.Header.BerichtCode);
        Assert.Equal("98990011", antwoord.Header.Ontvanger);
        Assert.Equal(("VOT-1", "1", "8"), (antwoord.ReferentieAanbieder, antwoord.VerzoekAntwoord, antwoord.RedenAfwijzingVerzoek));
        Assert.Empty(await s.MessagesAsync(MessageKinds.Jw301));
        Assert.Equal(1, (await s.InstanceAsync()).ExecutionCounts.GetValueOrDefault("eindeAfgewezen"));
        await s.AssertNoPersonalDataAsync();
    }

    [Fact]
    public async Task Answer_Toegewezen_HonoursTheVerzoekWithAJw301CarryingItsReference()
    {
        // Arrange
        using var s = new StepScenario();

        // Act
        await s.OpenAsync(Flow("""{"standard":"iJw","antwoordbericht":"JW319","besluit":"toegewezen"}"""));

        // Assert
        var jw301 = MessageJson.Deserialize<ToewijzingBericht>(Assert.Single(await s.MessagesAsync(MessageKinds.Jw301)).Payload);
        Assert.Equal("98990011", jw301.Header.Ontvanger);
        Assert.Equal("VOT-1", jw301.ToegewezenProducten[0].ReferentieAanbieder);
        Assert.Empty(await s.MessagesAsync("iJw.JW319"));
        Assert.Equal(1, (await s.InstanceAsync()).ExecutionCounts.GetValueOrDefault("eindeToegewezen"));
    }

    [Fact]
    public async Task Answer_UnknownReden_FaultsWithoutSendingTheRetourEither()
    {
        // Arrange
        using var s = new StepScenario();

        // Act
        var opened = await s.OpenAsync(Flow("""{"standard":"iJw","retourbericht":"JW316","besluit":"afgewezen","reden":"12"}"""));

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("reden '12' is not in WJ759", (await s.InstanceAsync()).Incident!.Message);
        Assert.Empty(await s.MessagesAsync());
    }
}
