using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Steps.Chain;

public sealed class RegisterPgbSvbTests
{
    private static FlowBuilder Flow() => new FlowBuilder("wmo-maatwerkvoorziening").Start()
        .Task("budget", formFields: """[{"name":"budget","type":"number"}]""")
        .Step("besluit", "DraftBeschikking", """{"decision":"toekennen","legalBasis":"Wmo 2015 art. 2.3.6"}""")
        .Step("svb", "RegisterPgbSvb", """{"wet":"Wmo 2015","zaaktype":"wmo-maatwerkvoorziening"}""")
        .End().Chain("start", "budget", "besluit", "svb", "end");

    [Fact]
    public async Task RegisterPgbSvb_BudgetOnTheCase_QueuesCompleteToekenningForTheSvb()
    {
        // Arrange
        using var s = new StepScenario();
        var opened = await s.OpenAsync(Flow());

        // Act
        var result = await s.CompleteAsync(opened.Bookmarks[0].Id, new JsonObject { ["budget"] = 5400.50 });

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        var message = Assert.Single(await s.MessagesAsync(MessageKinds.SvbPgb));
        Assert.Equal("SVB", message.Recipient);
        var toekenning = MessageJson.Deserialize<PgbToekenning>(message.Payload);
        Assert.Equal(5400.50m, toekenning.Budget);
        Assert.Equal(("Wmo 2015", "jaar", opened.SubjectId), (toekenning.Wet, toekenning.BudgetPeriode, toekenning.BudgethouderReferentie));
        Assert.Equal(new DateOnly(2026, 3, 2), toekenning.Ingangsdatum);
        Assert.Empty(toekenning.Ontbrekend);
        await s.AssertNoPersonalDataAsync();
    }

    [Fact]
    public async Task RegisterPgbSvb_NoBudgetYet_ListsTheBudgetAsMissing()
    {
        // Arrange
        using var s = new StepScenario();
        var opened = await s.OpenAsync(Flow());

        // Act
        var result = await s.CompleteAsync(opened.Bookmarks[0].Id);

        // Assert
        var toekenning = MessageJson.Deserialize<PgbToekenning>(Assert.Single(await s.MessagesAsync(MessageKinds.SvbPgb)).Payload);
        Assert.Null(toekenning.Budget);
        Assert.Equal(["budget"], toekenning.Ontbrekend);
        Assert.False(result.Output["complete"]?.GetValue<bool>());
    }
}
