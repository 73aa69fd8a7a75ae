using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Steps.Decisions;

public sealed class DraftBeschikkingTests
{
    private const string OmvangOptions = """[{"id":"normenkader","label":"Normenkader"},{"id":"afwijking","label":"Afwijking"}]""";

    private static FlowBuilder Toekenning() => new FlowBuilder("wmo-maatwerkvoorziening").Start()
        .Clock("klok", "start", term: "2 weeks", legalBasis: "Wmo 2015 art. 2.3.5 lid 2")
        .Discretion("omvang", "RW1-DP12", OmvangOptions, "normenkader", "Wmo 2015 art. 2.3.5 lid 3")
        .Step("besluit", "DraftBeschikking", """{"decision":"toekennen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3","zaaktype":"wmo-maatwerkvoorziening"}""")
        .End()
        .Chain("start", "klok", "omvang")
        .Connect("omvang", "besluit", "normenkader").Connect("omvang", "besluit", "afwijking")
        .Chain("besluit", "end");

    [Fact]
    public async Task DraftBeschikking_Toekennen_StoresDutchBeschikkingWithBesluitGrondslagTermsAndMotivering()
    {
        // Arrange
        using var s = new StepScenario();
        var opened = await s.OpenAsync(Toekenning());

        // Act: the consulent deviates from the normenkader with a reason; the beschikking is drafted on Monday 2 March 2026.
        var result = await s.DecideAsync(opened.Bookmarks[0].Id, "afwijking", "Meer uren nodig omdat de mantelzorger wegvalt");

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        var text = (await s.DocumentAsync(DocumentKinds.Beschikking)).Content;
        Assert.Contains("Wij kennen u een maatwerkvoorziening toe.", text);
        Assert.Contains("Dit besluit berust op Wmo 2015 art. 2.3.5 lid 3", text);
        Assert.Contains("Dit besluit geldt vanaf 2 maart 2026 voor onbepaalde tijd.", text);
        // Beslistermijn: two weeks from 2 March end on Monday 16 March 2026.
        Assert.Contains("De termijn eindigt op 16 maart 2026", text);
        Assert.Contains("binnen de beslistermijn", text);
        // Bezwaar: six weeks from the day after 2 March end on Monday 13 April 2026.
        Assert.Contains("bezwaar maken", text);
        Assert.Contains("uiterlijk op maandag 13 april 2026", text);
        Assert.Contains("RW1-DP12: gekozen is voor 'afwijking', in afwijking van de standaard 'normenkader'", text);
        Assert.Contains("Meer uren nodig omdat de mantelzorger wegvalt", text);
        Assert.Contains(SubjectPlaceholder.For(opened.SubjectId), text);
        Assert.Equal("2026-04-13", result.Output["rechtsmiddelTot"]?.GetValue<string>());
        await s.AssertNoPersonalDataAsync();
    }

    [Fact]
    public async Task DraftBeschikking_Drafted_JournalsDocumentGeneratedAndDecisionTakenWithTheSameDecisionId()
    {
        // Arrange
        using var s = new StepScenario();
        var opened = await s.OpenAsync(Toekenning());

        // Act
        await s.DecideAsync(opened.Bookmarks[0].Id, "normenkader");

        // Assert
        var generated = Assert.Single(await s.JournalAsync(CaseworkEvents.DocumentGenerated));
        var taken = Assert.Single(await s.JournalAsync(CaseworkEvents.DecisionTaken));
        Assert.Equal(DocumentKinds.Beschikking, generated["kind"]?.GetValue<string>());
        Assert.Equal("toekennen", taken["decisionOption"]?.GetValue<string>());
        Assert.False(taken["reassessment"]?.GetValue<bool>());
        Assert.Null(taken["previousDecisionOption"]);
        Assert.Equal(generated["decisionId"]?.GetValue<string>(), taken["decisionId"]?.GetValue<string>());
        Assert.Contains(generated["decisionId"]!.GetValue<string>(), (await s.DocumentAsync(DocumentKinds.Beschikking)).Content);
    }

    public static TheoryData<string, string, string> BezwaarTerms => new()
    {
        // Sent on, last day (yyyy-MM-dd), last day as the letter writes it. Six weeks run from the day after sending.
        { "2026-03-02", "2026-04-13", "maandag 13 april 2026" },
        { "2026-02-23", "2026-04-07", "dinsdag 7 april 2026" },   // 6 April 2026 is tweede paasdag
        { "2026-03-07", "2026-04-20", "maandag 20 april 2026" },  // 18 April 2026 is a Saturday
        { "2026-03-16", "2026-04-28", "dinsdag 28 april 2026" },  // 27 April 2026 is Koningsdag
    };

    [Theory]
    [MemberData(nameof(BezwaarTerms))]
    public async Task DraftBeschikking_SentOnDate_BezwaarTermEndsSixWeeksLaterAfterTheTermijnenwet(string sent, string lastDay, string written)
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("besluit", "DraftBeschikking", $$"""{"decision":"afwijzen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3","verzenddatum":"{{sent}}"}""")
            .End().Chain("start", "besluit", "end");

        // Act
        await s.OpenAsync(flow);

        // Assert
        var instance = await s.InstanceAsync();
        Assert.Equal(lastDay, instance.Output["rechtsmiddelTot"]?.GetValue<string>());
        Assert.Contains($"uiterlijk op {written} zijn ingediend", (await s.DocumentAsync(DocumentKinds.Beschikking)).Content);
    }

    [Fact]
    public async Task DraftBeschikking_AfterHerindicatie_IsReassessmentNamingThePreviousDecision()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("eerste", "DraftBeschikking", """{"decision":"toekennen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3"}""")
            .Step("herindicatie", "RegisterMelding", """{"soort":"herindicatie","kanaal":"intern","domein":"Wmo 2015"}""")
            .Step("tweede", "DraftBeschikking", """{"decision":"afwijzen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3"}""")
            .End().Chain("start", "eerste", "herindicatie", "tweede", "end");

        // Act
        await s.OpenAsync(flow);

        // Assert
        var taken = await s.JournalAsync(CaseworkEvents.DecisionTaken);
        Assert.Equal(2, taken.Count);
        Assert.False(taken[0]["reassessment"]!.GetValue<bool>());
        Assert.True(taken[1]["reassessment"]!.GetValue<bool>());
        Assert.Equal("afwijzen", taken[1]["decisionOption"]?.GetValue<string>());
        Assert.Equal("toekennen", taken[1]["previousDecisionOption"]?.GetValue<string>());
        Assert.NotEqual(taken[0]["decisionId"]?.GetValue<string>(), taken[1]["decisionId"]?.GetValue<string>());
    }

    [Fact]
    public async Task DraftBeschikking_SecondDecisionWithoutHerindicatie_IsNoReassessment()
    {
        // Arrange: a temporary spoed decision followed by the regular one is not a herindicatie.
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("spoed", "DraftBeschikking", """{"decision":"tijdelijk","legalBasis":"Wmo 2015 art. 2.3.3"}""")
            .Step("regulier", "DraftBeschikking", """{"decision":"toekennen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3"}""")
            .End().Chain("start", "spoed", "regulier", "end");

        // Act
        await s.OpenAsync(flow);

        // Assert
        var taken = await s.JournalAsync(CaseworkEvents.DecisionTaken);
        Assert.All(taken, t => Assert.False(t["reassessment"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task DraftBeschikking_BeslissingOpBezwaar_PointsToBeroepAtTheRechtbank()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("bob", "DraftBeschikking", """{"decision":"ongegrond","legalBasis":"Awb art. 7:11, 7:12","zaaktype":"bezwaar"}""")
            .End().Chain("start", "bob", "end");

        // Act
        await s.OpenAsync(flow);

        // Assert
        var document = await s.DocumentAsync(DocumentKinds.Beschikking);
        Assert.StartsWith("Beslissing op bezwaar", document.Title);
        Assert.Contains("Wij verklaren uw bezwaar ongegrond.", document.Content);
        Assert.Contains("beroep instellen bij de bestuursrechter van de rechtbank", document.Content);
        Assert.DoesNotContain("## Bezwaar maken", document.Content);
    }

    [Fact]
    public async Task DraftBeschikking_WithoutDecision_FaultsNamingTheInputAndStoresNothing()
    {
        // Arrange
        using var s = new StepScenario();
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("besluit", "DraftBeschikking", """{"legalBasis":"Wmo 2015 art. 2.3.5 lid 3"}""")
            .End().Chain("start", "besluit", "end");

        // Act
        var opened = await s.OpenAsync(flow);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains("input 'decision' is required", (await s.InstanceAsync()).Incident!.Message);
        Assert.DoesNotContain((await s.CaseFileAsync()).Documents, d => d.Kind == DocumentKinds.Beschikking);
        Assert.Empty(await s.JournalAsync(CaseworkEvents.DecisionTaken));
    }
}
