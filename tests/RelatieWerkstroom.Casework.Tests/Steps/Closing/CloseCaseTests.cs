using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Steps.Closing;

public sealed class CloseCaseTests
{
    [Fact]
    public async Task CloseCase_AtTheEnd_ClosesTheCaseWithAClosingNote()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("besluit", "DraftBeschikking", """{"decision":"afwijzen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3"}""")
            .Step("sluiten", "CloseCase", """{"zaaktype":"wmo-maatwerkvoorziening","resultaat":"afgehandeld"}""")
            .End().Chain("start", "besluit", "sluiten", "end");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert
        Assert.Equal(WorkflowStatus.Finished, opened.Status);
        var file = await s.CaseFileAsync();
        Assert.Equal(CaseFileStatus.Closed, file.Status);
        Assert.Equal(s.Host.Clock.GetUtcNow(), file.ClosedAt);
        Assert.Equal("afgehandeld", Assert.Single(file.Events, e => e.Kind == CaseEventKinds.CaseClosed).Details?["resultaat"]?.GetValue<string>());
        var note = await s.DocumentAsync(DocumentKinds.Afsluiting);
        Assert.Contains("| Resultaat | afgehandeld |", note.Content);
        Assert.Contains("| Besluiten | 1 |", note.Content);
    }

    [Fact]
    public async Task CloseCase_AlreadyClosed_LeavesItAndTakesAlGesloten()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("sluiten", "CloseCase", """{"resultaat":"afgehandeld"}""")
            .Step("nogmaals", "CloseCase", """{"resultaat":"dubbel"}""", "Done", "AlGesloten")
            .End("eindeDone").End("eindeAlGesloten")
            .Chain("start", "sluiten", "nogmaals")
            .Connect("nogmaals", "eindeDone", "Done").Connect("nogmaals", "eindeAlGesloten", "AlGesloten");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert
        Assert.Equal(WorkflowStatus.Finished, opened.Status);
        Assert.Equal(1, (await s.InstanceAsync()).ExecutionCounts.GetValueOrDefault("eindeAlGesloten"));
        var file = await s.CaseFileAsync();
        Assert.Equal("afgehandeld", Assert.Single(file.Events, e => e.Kind == CaseEventKinds.CaseClosed).Details?["resultaat"]?.GetValue<string>());
        Assert.Single(file.Documents, d => d.Kind == DocumentKinds.Afsluiting);
    }

    [Fact]
    public async Task CloseCase_InSubWorkflow_RecordsItsResultaatAndLeavesTheCaseToItsParent()
    {
        // Arrange: the bezwaar sub-flow ends inside the case of the primary decision.
        using var s = new StepScenario();
        await s.Host.ImportAsync(new FlowBuilder("bezwaar-sub").Start()
            .Step("sluiten", "CloseCase", """{"zaaktype":"bezwaar","resultaat":"beslist"}""").End().Chain("start", "sluiten", "end").Build());
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Add("bezwaar", "Elsa.ExecuteWorkflow", new JsonObject { ["workflowDefinitionId"] = FlowBuilder.Literal("String", "bezwaar-sub") })
            .Task("nazorg")
            .End().Chain("start", "bezwaar", "nazorg", "end");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert: the parent still runs (waiting on its task) and the case is open.
        Assert.Equal(WorkflowStatus.Suspended, opened.Status);
        var file = await s.CaseFileAsync();
        Assert.Equal(CaseFileStatus.Open, file.Status);
        Assert.Equal("beslist", Assert.Single(file.Events, e => e.Kind == CaseEventKinds.SubflowFinished).Details?["resultaat"]?.GetValue<string>());
        Assert.StartsWith("Afronding bezwaar", (await s.DocumentAsync(DocumentKinds.Afsluiting)).Title);
    }

    [Fact]
    public async Task Steps_AfterTheCaseIsClosed_FaultInsteadOfAddingToIt()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("sluiten", "CloseCase", "{}")
            .Step("besluit", "DraftBeschikking", """{"decision":"toekennen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3"}""")
            .End().Chain("start", "sluiten", "besluit", "end");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("is gesloten", (await s.InstanceAsync()).Incident!.Message);
        Assert.DoesNotContain((await s.CaseFileAsync()).Documents, d => d.Kind == DocumentKinds.Beschikking);
    }
}
