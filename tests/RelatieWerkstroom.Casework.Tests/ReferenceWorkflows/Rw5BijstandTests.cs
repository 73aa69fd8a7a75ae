using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using Xunit.Abstractions;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>
/// RW-5 bijstand (workflows/rw5-bijstand.json): zoektermijn, voorschot, onderzoek and beschikking, until every option of
/// every discretion point was chosen; and the beschikking for every way the right can be established.
/// </summary>
public sealed class Rw5BijstandTests(ITestOutputHelper output)
{
    private const string DefinitionId = "rw5-bijstand";

    private static readonly CaseStart Start = new("participatiewet-bijstand", DefinitionId, WithSubject: true, "Levensonderhoud");

    private static readonly Dictionary<string, string[]> Actions = new(StringComparer.Ordinal)
    {
        ["AanvraagCompleet"] = ["Aanvulling nodig", "Compleet"],
        ["RechtVaststellen"] = ["Verdagen", "Recht"],
    };

    /// <summary>The beschikking each outcome of RechtVaststellen leads to.</summary>
    private static readonly Dictionary<string, string> BeschikkingFor = new(StringComparer.Ordinal)
    {
        ["Recht"] = "toekennen",
        ["Geen recht"] = "afwijzen",
        ["Buiten behandeling"] = "buiten-behandeling",
    };

    [Fact]
    public async Task Drive_EveryDiscretionOption_EachCaseEndsWithVoorschotAndBeschikking()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var cover = new DiscretionCover([host.Definitions[DefinitionId]], host.Definitions, host.Settings);
        var runner = new CoverRunner(host, new CaseDriver(host, Teams.WerkEnInkomen(host)), cover, output.WriteLine);

        // Act
        await runner.RunAsync(Start, (i, choices) => new RunPlan($"RW-5 run {i + 1}", choices, Actions), AssertCase);

        // Assert
        Assert.Empty(cover.Uncovered);
        // Voorbeeldstad's own default for RW5-DP2 is what a deviation is measured against.
        Assert.Contains(runner.Runs, r => r.Decisions.Any(d => d.DiscretionId == "RW5-DP2" && d.OfferedDefault == "suwinet"));
    }

    public static TheoryData<string> Outcomes => new(BeschikkingFor.Keys);

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Drive_RechtVaststellenOutcome_BeschikkingSaysSo(string action)
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var driver = new CaseDriver(host, Teams.WerkEnInkomen(host));
        var actions = new Dictionary<string, string[]>(Actions) { ["RechtVaststellen"] = [action] };

        // Act
        var run = await driver.RunAsync(Start, new RunPlan($"RW-5 {action}", new Dictionary<string, string>(), actions));

        // Assert
        ReferenceChecks.Verify(run, () => ReferenceChecks.Common(host, run));
        ReferenceChecks.Verify(run, () => AssertCase(run));
        Assert.Equal(action != "Recht", run.Decisions.All(d => d.DiscretionId is not ("RW5-DP5" or "RW5-DP9")));
    }

    private static void AssertCase(CaseRun run)
    {
        Assert.Single(run.MainDocuments(DocumentKinds.Registratie));
        Assert.Single(run.MainDocuments(DocumentKinds.Ontvangstbevestiging));
        Assert.Single(run.MainDocuments(DocumentKinds.Afsluiting));
        Assert.Equal(CaseFileStatus.Closed, run.CaseFile.Status);

        // The zoektermijn of four weeks runs on the clock before the aanvraag.
        if (run.Option("RW5-DP1") == "toepassen") Assert.True(run.TimersFired >= 2, "zoektermijn and bezwaartermijn ran out");

        var voorschot = run.Option("RW5-DP4") == "verlenen";
        Assert.Equal(voorschot ? 1 : 0, run.Documents(DocumentKinds.Voorschot).Count);
        Assert.Equal(voorschot ? 1 : 0, run.MessagesOf(MessageKinds.Betaalopdracht).Count);
        Assert.Equal(run.Option("RW5-DP4") == "weigeren", run.Did("VoorschotWeigeren", "Gereed"));

        var outcome = run.Tasks.Last(t => t.ActivityId == "RechtVaststellen").Action;
        Assert.Equal(BeschikkingFor[outcome], Assert.Single(DecisionFact.All(run.CaseFile), d => d.Zaaktype == "participatiewet-bijstand").Option);
        var beschikking = Assert.Single(run.MainDocuments(DocumentKinds.Beschikking));
        Assert.Contains("## Bezwaar maken", beschikking.Content);
        if (outcome == "Recht") Assert.True(run.Did("PlanVanAanpak", "Gereed"));
    }
}
