using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Steps.Procurement;

public sealed class SendAwardLetterTests
{
    private const string Scored =
        """{"procedure":"meervoudig-onderhands","ontvangers":"alle inschrijvers","metRedenen":true,"inschrijvingen":[{"inschrijver":"Zorg Noord B.V.","score":80},{"inschrijver":"Welzijn Samen","score":90},{"inschrijver":"Hulp & Co","score":70}]}""";

    [Fact]
    public async Task SendAwardLetter_ScoredInschrijvingen_SendsEveryInschrijverItsRankAndReasons()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("meervoudig-onderhandse-aanbesteding").Start()
            .Step("gunning", "SendAwardLetter", Scored).End().Chain("start", "gunning", "end");

        // Act
        var opened = await s.OpenAsync(flow, withSubject: false);

        // Assert
        Assert.Equal(WorkflowStatus.Finished, opened.Status);
        var letters = (await s.MessagesAsync(MessageKinds.Gunningsbericht)).ToDictionary(m => m.Recipient!, m => MessageJson.Deserialize<Gunningsbericht>(m.Payload));
        Assert.Equal(["Hulp & Co", "Welzijn Samen", "Zorg Noord B.V."], letters.Keys.Order());
        Assert.Equal((GunningsbeslissingBuilder.VoorgenomenGunning, 1), (letters["Welzijn Samen"].Uitkomst, letters["Welzijn Samen"].Rang));
        Assert.Equal((GunningsbeslissingBuilder.Afgewezen, 2), (letters["Zorg Noord B.V."].Uitkomst, letters["Zorg Noord B.V."].Rang));
        Assert.Equal(3, letters["Hulp & Co"].Rang);
        Assert.Contains("Uw score is 80; de score van de winnende inschrijving is 90.", letters["Zorg Noord B.V."].Redenen);
        Assert.All(letters.Values, l => Assert.Equal(("Welzijn Samen", 20), (l.Winnaar, l.StandstillDagen)));
        var document = await s.DocumentAsync(DocumentKinds.Gunningsbeslissing);
        Assert.All(letters.Values, l => Assert.Equal(document.Id, l.DocumentId));
        Assert.Contains("| 1 | Welzijn Samen | voorgenomen-gunning |", document.Content);
        // Inschrijvers are named in the letters, but the journal only carries a pseudonym: a one-person business bears a person's name.
        var queued = await s.JournalAsync(CaseworkEvents.MessageQueued);
        Assert.Equal(3, queued.Count(p => p["providerId"]?.GetValue<string>().StartsWith("org-") == true && p["tenderId"] is not null));
        Assert.DoesNotContain(queued, p => p.ToJsonString().Contains("Welzijn"));
    }

    [Fact]
    public async Task SendAwardLetter_RankingOnTheCase_UsesTheRangordeAndTheChosenWinner()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("meervoudig-onderhandse-aanbesteding").Start()
            .Task("beoordelen", formFields: """[{"name":"rangorde","type":"textarea"},{"name":"winnaar","type":"text"}]""")
            .Step("gunning", "SendAwardLetter", """{"metRedenen":true}""").End().Chain("start", "beoordelen", "gunning", "end");
        var opened = await s.OpenAsync(flow, withSubject: false);

        // Act
        await s.CompleteAsync(opened.Bookmarks[0].Id, new JsonObject { ["rangorde"] = "1. Alfa Zorg\n2. Beta Hulp", ["winnaar"] = "Alfa Zorg" });

        // Assert
        var letters = (await s.MessagesAsync(MessageKinds.Gunningsbericht)).Select(m => MessageJson.Deserialize<Gunningsbericht>(m.Payload)).ToList();
        Assert.Equal([("Alfa Zorg", 1, GunningsbeslissingBuilder.VoorgenomenGunning), ("Beta Hulp", 2, GunningsbeslissingBuilder.Afgewezen)],
            letters.Select(l => (l.Inschrijver, l.Rang, l.Uitkomst)));
    }

    [Fact]
    public async Task SendAwardLetter_WithoutReasons_IsRefused()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("meervoudig-onderhandse-aanbesteding").Start()
            .Step("gunning", "SendAwardLetter", """{"metRedenen":false,"inschrijvingen":[{"inschrijver":"Alfa"}]}""").End().Chain("start", "gunning", "end");

        // Act
        var opened = await s.OpenAsync(flow, withSubject: false);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("art. 1.15 lid 2", (await s.InstanceAsync()).Incident!.Message);
        Assert.Empty(await s.MessagesAsync());
    }
}
