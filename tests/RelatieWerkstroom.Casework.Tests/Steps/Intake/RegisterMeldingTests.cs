using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Steps.Intake;

public sealed class RegisterMeldingTests
{
    [Fact]
    public async Task RegisterMelding_StepDeclaringOnlyDone_StoresRegistrationAndCompletesOnDone()
    {
        // Arrange: the reference workflows declare only Done on their service steps.
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("melding", "RegisterMelding", """{"zaaktype":"wmo-maatwerkvoorziening","domein":"Wmo 2015","soort":"melding","kanaal":"wmo-loket"}""", "Done")
            .End().Chain("start", "melding", "end");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert
        Assert.Equal(WorkflowStatus.Finished, opened.Status);
        var document = await s.DocumentAsync(DocumentKinds.Registratie);
        Assert.Contains("| Ontvangen op | 2 maart 2026 |", document.Content);
        Assert.Contains("| Kanaal | wmo-loket |", document.Content);
        // Six weeks after Monday 2 March 2026.
        Assert.Contains("| Onderzoek afgerond uiterlijk | 13 april 2026 (Wmo 2015 art. 2.3.2 lid 1) |", document.Content);
        var registered = Assert.Single((await s.CaseFileAsync()).Events, e => e.Kind == CaseEventKinds.MeldingRegistered);
        Assert.Equal("melding", registered.Details?["soort"]?.GetValue<string>());
        var output = (await s.InstanceAsync()).Output;
        Assert.Equal("2026-04-13", output["onderzoekDeadline"]?.GetValue<string>());
        Assert.Equal(DocumentKinds.Registratie, Assert.Single(await s.JournalAsync(CaseworkEvents.DocumentGenerated))["kind"]?.GetValue<string>());
        await s.AssertNoPersonalDataAsync();
    }

    [Fact]
    public async Task RegisterMelding_BezwaarschriftAfterABeschikking_JournalsBezwaarReceivedAgainstThatDecision()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("besluit", "DraftBeschikking", """{"decision":"gedeeltelijk","legalBasis":"Wmo 2015 art. 2.3.5 lid 3"}""")
            .Step("bezwaar", "RegisterMelding", """{"zaaktype":"bezwaar","domein":"Awb","soort":"bezwaarschrift"}""")
            .End().Chain("start", "besluit", "bezwaar", "end");

        // Act
        await s.OpenAsync(flow);

        // Assert
        var taken = Assert.Single(await s.JournalAsync(CaseworkEvents.DecisionTaken));
        var bezwaar = Assert.Single(await s.JournalAsync(CaseworkEvents.BezwaarReceived));
        Assert.Equal("gedeeltelijk", bezwaar["decisionOption"]?.GetValue<string>());
        Assert.Equal("wmo-maatwerkvoorziening", bezwaar["decisionWorkflow"]?.GetValue<string>());
        Assert.Equal(taken["decisionId"]?.GetValue<string>(), bezwaar["decisionId"]?.GetValue<string>());
    }

    [Fact]
    public async Task RegisterMelding_Bezwaarschrift_HasNoWmoOnderzoekDeadline()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("bezwaar", "RegisterMelding", """{"zaaktype":"bezwaar","domein":"Awb","soort":"bezwaarschrift","kanaal":"post-of-digitaal"}""")
            .End().Chain("start", "bezwaar", "end");

        // Act
        await s.OpenAsync(flow);

        // Assert
        Assert.Null((await s.InstanceAsync()).Output["onderzoekDeadline"]);
        Assert.DoesNotContain("Onderzoek afgerond", (await s.DocumentAsync(DocumentKinds.Registratie)).Content);
    }
}
