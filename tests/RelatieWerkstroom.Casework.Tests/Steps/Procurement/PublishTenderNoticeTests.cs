using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Steps.Procurement;

public sealed class PublishTenderNoticeTests
{
    private static readonly Dictionary<string, decimal> LocalThresholds = new() { ["enkelvoudigOnderhands"] = 50_000m, ["meervoudigOnderhands"] = 216_000m };

    private static FlowBuilder Flow(string inputs) => new FlowBuilder("meervoudig-onderhandse-aanbesteding").Start()
        .Task("raming", formFields: """[{"name":"omschrijving","type":"textarea"},{"name":"raming","type":"number"}]""")
        .Step("uitnodigen", "PublishTenderNotice", inputs)
        .End().Chain("start", "raming", "uitnodigen", "end");

    private const string Meervoudig = """{"procedure":"meervoudig-onderhands","publicatie":"uitnodiging aan geselecteerde ondernemers","kanaal":"TenderNed (besloten)"}""";

    [Fact]
    public async Task PublishTenderNotice_BelowEuropeanThreshold_PublishesNoticeWithThresholdsAndClosingDate()
    {
        // Arrange
        using var s = new StepScenario(StepScenario.Settings(thresholds: LocalThresholds));
        var opened = await s.OpenAsync(Flow(Meervoudig), withSubject: false);

        // Act
        var result = await s.CompleteAsync(opened.Bookmarks[0].Id, new JsonObject { ["omschrijving"] = "Huishoudelijke hulp", ["raming"] = 120000 });

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        var message = Assert.Single(await s.MessagesAsync(MessageKinds.TenderNed));
        var notice = MessageJson.Deserialize<Aankondiging>(message.Payload);
        Assert.Equal(("meervoudig-onderhands", "TenderNed (besloten)", 120000m), (notice.Procedure, notice.Kanaal, notice.GeraamdeWaarde));
        Assert.Equal(50_000m, notice.Drempels["enkelvoudigOnderhands"]);
        Assert.Equal(216_000m, notice.Drempels["europees"]);
        Assert.Contains(notice.Toetsing, t => t.Contains("onder de Europese drempel"));
        // Three weeks after Monday 2 March 2026.
        Assert.Equal(new DateOnly(2026, 3, 23), notice.Sluitingsdatum);
        Assert.Contains("| Onderwerp | Huishoudelijke hulp |", (await s.DocumentAsync(DocumentKinds.Aankondiging)).Content);
        var tenderIds = (await s.JournalAsync(CaseworkEvents.DocumentGenerated)).Concat(await s.JournalAsync(CaseworkEvents.MessageQueued))
            .Select(p => p["tenderId"]?.GetValue<string>()).Distinct().ToList();
        Assert.Equal([notice.TenderId], tenderIds);
    }

    [Fact]
    public async Task PublishTenderNotice_MeervoudigAboveEuropeanThreshold_IsRefusedAndNothingPublished()
    {
        // Arrange
        using var s = new StepScenario(StepScenario.Settings(thresholds: LocalThresholds));
        var opened = await s.OpenAsync(Flow(Meervoudig), withSubject: false);

        // Act
        var result = await s.CompleteAsync(opened.Bookmarks[0].Id, new JsonObject { ["raming"] = 250000 });

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Contains("a European procedure is required", result.Incident!.Message);
        Assert.Empty(await s.MessagesAsync());
        Assert.DoesNotContain((await s.CaseFileAsync()).Documents, d => d.Kind == DocumentKinds.Aankondiging);
    }

    [Fact]
    public async Task PublishTenderNotice_Toelating_PublishesContinuousAdmissionWithTheSasThreshold()
    {
        // Arrange
        using var s = new StepScenario();
        var opened = await s.OpenAsync(Flow("""{"procedure":"toelating","kanaal":"TenderNed","sasAankondigingVanaf":750000}"""), withSubject: false);

        // Act
        await s.CompleteAsync(opened.Bookmarks[0].Id);

        // Assert
        var notice = MessageJson.Deserialize<Aankondiging>(Assert.Single(await s.MessagesAsync(MessageKinds.TenderNed)).Payload);
        Assert.Null(notice.Sluitingsdatum);
        Assert.Equal(750_000m, notice.Drempels["sas"]);
        Assert.Contains("doorlopende toelating", (await s.DocumentAsync(DocumentKinds.Aankondiging)).Content);
    }
}
