using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Steps.Procurement;

public sealed class SendAdmissionDecisionTests
{
    private static FlowBuilder Flow(string inputs) => new FlowBuilder("toelatingsprocedure").Start()
        .Step("besluit", "SendAdmissionDecision", inputs).End().Chain("start", "besluit", "end");

    [Fact]
    public async Task SendAdmissionDecision_Toegelaten_StoresDecisionAndSendsItToTheAanbieder()
    {
        // Arrange
        using var s = new StepScenario();

        // Act
        await s.OpenAsync(Flow("""{"decision":"toegelaten","procedure":"toelating","aanbieder":"98990003"}"""), withSubject: false);

        // Assert
        var document = await s.DocumentAsync(DocumentKinds.Toelatingsbesluit);
        Assert.Contains("Wij laten u toe als aanbieder met ingang van 2 maart 2026", document.Content);
        Assert.Contains("bezwaar maken is niet mogelijk", document.Content);
        var message = Assert.Single(await s.MessagesAsync(MessageKinds.Brief));
        Assert.Equal("98990003", message.Recipient);
        Assert.Equal(document.Id, MessageJson.Deserialize<Brief>(message.Payload).DocumentId);
        Assert.Equal("98990003", Assert.Single(await s.JournalAsync(CaseworkEvents.DocumentGenerated))["providerId"]?.GetValue<string>());
    }

    [Fact]
    public async Task SendAdmissionDecision_Afgewezen_GivesTheReasons()
    {
        // Arrange
        using var s = new StepScenario();

        // Act
        await s.OpenAsync(Flow("""{"decision":"afgewezen","aanbieder":"Zorg Zuid","motivering":"Geen geldige VOG voor de medewerkers"}"""), withSubject: false);

        // Assert
        var document = await s.DocumentAsync(DocumentKinds.Toelatingsbesluit);
        Assert.Contains("Wij laten u niet toe als aanbieder", document.Content);
        Assert.Contains("- Geen geldige VOG voor de medewerkers", document.Content);
    }

    [Fact]
    public async Task SendAdmissionDecision_UnknownDecision_Faults()
    {
        // Arrange
        using var s = new StepScenario();

        // Act
        var opened = await s.OpenAsync(Flow("""{"decision":"misschien"}"""), withSubject: false);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("decision 'misschien' is not toegelaten or afgewezen", (await s.InstanceAsync()).Incident!.Message);
    }
}
