using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using Xunit.Abstractions;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>
/// RW-1 Wmo maatwerkvoorziening (workflows/rw1-wmo-maatwerkvoorziening.json) driven through the worklist with the real
/// activities and handlers, until every option of every discretion point was chosen in some case.
/// </summary>
public sealed class Rw1WmoMaatwerkvoorzieningTests(ITestOutputHelper output)
{
    private const string DefinitionId = "rw1-wmo-maatwerkvoorziening";

    private static readonly CaseStart Start = new("wmo-maatwerkvoorziening", DefinitionId, WithSubject: true, "Ondersteuning thuis");

    /// <summary>Task actions that reach the discretion points behind them: an aanvulling, a verzoek om wijziging.</summary>
    private static readonly Dictionary<string, string[]> Actions = new(StringComparer.Ordinal)
    {
        ["AanvraagCompleet"] = ["Aanvulling nodig", "Compleet"],
        ["BesluitVoorbereiden"] = ["Verdagen", "Gereed"],
        ["LeveringVolgen"] = ["Verzoek om wijziging"],
    };

    /// <summary>What the beschikking says for each option of RW1-DP10.</summary>
    private static readonly Dictionary<string, string> BeschikkingFor = new(StringComparer.Ordinal)
    {
        ["toekennen"] = "toekennen",
        ["gedeeltelijk"] = "gedeeltelijk",
        ["afwijzen"] = "afwijzen",
        ["wlzweigering"] = "weigeren-wlz",
    };

    [Fact]
    public async Task Drive_EveryDiscretionOption_EachCaseEndsWithItsBeschikkingAndChainMessages()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var cover = new DiscretionCover([host.Definitions[DefinitionId]], host.Definitions, host.Settings);
        var runner = new CoverRunner(host, new CaseDriver(host, Teams.WijkteamNoord(host)), cover, output.WriteLine);

        // Act
        await runner.RunAsync(Start, (i, choices) => new RunPlan($"RW-1 run {i + 1}", choices, Actions), AssertCase);

        // Assert
        Assert.Empty(cover.Uncovered);
        Assert.Contains(runner.Runs, r => r.Decisions.Any(d => d.Option != d.OfferedDefault));
        Assert.Contains(runner.Runs, r => r.Decisions.Any(d => d.DiscretionId == "RW1-DP13" && d.OfferedDefault == "lang"));
    }

    [Fact]
    public async Task Drive_BezwaarDuringBezwaartermijn_RunsTheBezwaarSubflowAndEndsWithBeslissingOpBezwaar()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var driver = new CaseDriver(host, Teams.WijkteamNoord(host));

        // Act: the defaults everywhere, and a bezwaarschrift arrives that informal contact does not resolve.
        var actions = new Dictionary<string, string[]>(Actions) { ["InformeelContact"] = ["Niet opgelost"] };
        var run = await driver.RunAsync(Start, new RunPlan("RW-1 met bezwaar", new Dictionary<string, string>(), actions, Bezwaar: true));

        // Assert
        ReferenceChecks.Verify(run, () => ReferenceChecks.Common(host, run));
        ReferenceChecks.Verify(run, () => AssertCase(run));
        Assert.Contains(run.Instances, i => i.DefinitionId == "rw5-bezwaar" && i.ParentInstanceId == run.InstanceId);
        Assert.Contains(run.Decisions, d => d.DefinitionId == "rw5-bezwaar" && d.DiscretionId == "RW5-B3");
        var beslissing = Assert.Single(DecisionFact.All(run.CaseFile), d => d.Zaaktype == "bezwaar");
        Assert.Equal(BezwaarExpectations.BeslissingFor[run.Option("RW5-B3")!], beslissing.Option);
        Assert.Contains(run.Documents(DocumentKinds.Beschikking), d => d.Content.Contains("## Beroep instellen"));
    }

    private static void AssertCase(CaseRun run)
    {
        Assert.NotEmpty(run.MainDocuments(DocumentKinds.Registratie));
        Assert.Single(run.MainDocuments(DocumentKinds.Ontvangstbevestiging));
        Assert.Equal(CaseFileStatus.Closed, run.CaseFile.Status);
        Assert.Single(run.MainDocuments(DocumentKinds.Afsluiting));

        var triage = run.Option("RW1-DP1");
        var spoed = run.Option("RW1-DP2") == "ja";
        var besluit = run.Option("RW1-DP10");
        var primaire = run.DecisionOptions.Where(o => o is not ("gegrond" or "deels-gegrond" or "ongegrond" or "niet-ontvankelijk")).ToList();
        if (triage is "advies" or "algemeen" or "anderdomein")
        {
            Assert.Null(besluit);
            Assert.Empty(primaire);
            Assert.Empty(run.MainDocuments(DocumentKinds.Beschikking));
            Assert.DoesNotContain(run.Messages, m => m.Kind != MessageKinds.Brief);
            return;
        }

        // The beschikking says what RW1-DP10 chose, preceded by a temporary one when spoed was needed.
        Assert.NotNull(besluit);
        var expected = new List<string>();
        if (spoed) expected.Add("tijdelijk");
        expected.Add(BeschikkingFor[besluit]);
        Assert.Equal(expected, primaire);
        Assert.All(run.MainDocuments(DocumentKinds.Beschikking), d => Assert.Contains("## Bezwaar maken", d.Content));

        var granted = besluit is "toekennen" or "gedeeltelijk";
        var pgb = granted && run.Option("RW1-DP11") == "pgb" && run.Did("PgbToets", "Voldoet");
        // WMO301 for a spoed toewijzing, for zorg in natura and for an honoured verzoek om wijziging; WMO319 refuses one.
        var vow = granted && run.Did("LeveringVolgen", "Verzoek om wijziging");
        Assert.Equal((spoed ? 1 : 0) + (granted && !pgb ? 1 : 0) + (vow && run.Option("RW1-DP18") == "honoreren" ? 1 : 0),
            run.MessagesOf(MessageKinds.Wmo301).Count);
        Assert.Equal(vow && run.Option("RW1-DP18") == "afwijzen" ? 1 : 0, run.MessagesOf("iWmo.WMO319").Count);
        Assert.Equal(pgb ? 1 : 0, run.MessagesOf(MessageKinds.SvbPgb).Count);
        Assert.Equal(granted && run.Option("RW1-DP17") == "standaard" ? 1 : 0, run.MessagesOf(MessageKinds.CakIeb).Count);
        // A volledige herindicatie registers a new melding of soort herindicatie.
        Assert.Equal(granted && run.Option("RW1-DP19") == "volledig" ? 2 : 1, run.MainDocuments(DocumentKinds.Registratie).Count);
    }
}
