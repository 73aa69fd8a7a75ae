using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Steps.Decisions;

public sealed class GrantVoorschotTests
{
    private static FlowBuilder Flow(string inputs) => new FlowBuilder("participatiewet-bijstand").Start()
        .Clock("klok", "start", clock: "voorschottermijn", term: "4 weeks", legalBasis: "Participatiewet art. 52 lid 1")
        .Step("voorschot", "GrantVoorschot", inputs)
        .End().Chain("start", "klok", "voorschot", "end");

    [Fact]
    public async Task GrantVoorschot_NormInTheSettings_GrantsNinetyPercentAndOrdersThePayment()
    {
        // Arrange
        using var s = new StepScenario(StepScenario.Settings(normen: new Dictionary<string, decimal> { ["alleenstaande"] = 1300.00m }));

        // Act
        await s.OpenAsync(Flow("""{"percentageVanNorm":90,"herhalen":"elke 4 weken tot het besluit","legalBasis":"Participatiewet art. 52 lid 1"}"""));

        // Assert: 90% of 1300,00 is 1170,00; the voorschot was due four weeks after 2 March, on 30 March 2026.
        var text = (await s.DocumentAsync(DocumentKinds.Voorschot)).Content;
        Assert.Contains("Wij verlenen u een voorschot van 90% van de bijstandsnorm van € 1.300,00 per maand: € 1.170,00 per maand.", text);
        Assert.Contains("elke 4 weken tot het besluit", text);
        Assert.Contains("uiterlijk op 30 maart 2026 worden verleend. Dat is gelukt.", text);
        Assert.Contains("## Bezwaar maken", text);
        var order = MessageJson.Deserialize<Betaalopdracht>(Assert.Single(await s.MessagesAsync(MessageKinds.Betaalopdracht)).Payload);
        Assert.Equal((1170.00m, 90m, "maand"), (order.Bedrag, order.Percentage, order.Periode));
        var decisionId = Assert.Single(await s.JournalAsync(CaseworkEvents.DocumentGenerated))["decisionId"]!.GetValue<string>();
        Assert.Equal(decisionId, order.Besluitnummer);
        await s.AssertNoPersonalDataAsync();
    }

    [Fact]
    public async Task GrantVoorschot_NoNormKnown_GrantsThePercentageOfTheClientsNorm()
    {
        // Arrange
        using var s = new StepScenario();

        // Act
        await s.OpenAsync(Flow("""{"percentageVanNorm":95}"""));

        // Assert
        Assert.Contains("95% van de bijstandsnorm die voor u geldt", (await s.DocumentAsync(DocumentKinds.Voorschot)).Content);
        var order = MessageJson.Deserialize<Betaalopdracht>(Assert.Single(await s.MessagesAsync(MessageKinds.Betaalopdracht)).Payload);
        Assert.Equal((null, 95m), (order.Bedrag, order.Percentage));
    }

    [Fact]
    public async Task GrantVoorschot_BelowNinetyPercent_IsRefused()
    {
        // Arrange
        using var s = new StepScenario();

        // Act
        var opened = await s.OpenAsync(Flow("""{"percentageVanNorm":85}"""));

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("at least 90% of the norm", (await s.InstanceAsync()).Incident!.Message);
        Assert.Empty(await s.MessagesAsync());
    }
}
