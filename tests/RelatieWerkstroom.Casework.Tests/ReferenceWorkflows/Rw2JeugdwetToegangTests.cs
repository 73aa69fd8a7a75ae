using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using Xunit.Abstractions;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>
/// RW-2 Jeugdwet toegang (workflows/rw2-jeugdwet-toegang.json) over its three routes (melding, verwijzing with a JW315
/// verzoek om toewijzing, maatregel by a GI) until every option of every discretion point was chosen in some case.
/// </summary>
public sealed class Rw2JeugdwetToegangTests(ITestOutputHelper output)
{
    private const string DefinitionId = "rw2-jeugdwet-toegang";

    private static readonly CaseStart Start = new("jeugdwet-toegang", DefinitionId, WithSubject: true, "Jeugdhulp");

    private static readonly Dictionary<string, string[]> Actions = new(StringComparer.Ordinal)
    {
        ["AanvraagCompleet"] = ["Aanvulling nodig", "Compleet"],
        ["BesluitVoorbereiden"] = ["Verdagen", "Gereed"],
        ["LeveringVolgen"] = ["Verzoek om wijziging"],
    };

    [Fact]
    public async Task Drive_EveryDiscretionOptionOverEveryRoute_EachCaseEndsWithItsBeschikkingAndJw301()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var cover = new DiscretionCover([host.Definitions[DefinitionId]], host.Definitions, host.Settings);
        var runner = new CoverRunner(host, new CaseDriver(host, Teams.WijkteamNoord(host)), cover, output.WriteLine);

        // Act: a route's own discretion points first (the GI's, then the verwijzer's), the wijkteam route for the rest.
        await runner.RunAsync(Start, (i, choices) =>
        {
            var route = cover.AnyUncovered("RW2-DP3") ? "maatregel" : cover.AnyUncovered("RW2-DP2", "RW2-DP14") ? "verwijzing" : "melding";
            return new RunPlan($"RW-2 run {i + 1}", choices, Actions, Variables: new Dictionary<string, string> { ["Route"] = route });
        }, AssertCase);

        // Assert
        Assert.Empty(cover.Uncovered);
        foreach (var route in (string[])["melding", "verwijzing", "maatregel"])
            Assert.Contains(runner.Runs, r => r.Plan.Variables!["Route"] == route);
        Assert.Contains(runner.Runs, r => r.Decisions.Any(d => d.DiscretionId == "RW2-DP18" && d.OfferedDefault == "licht"));
    }

    private static void AssertCase(CaseRun run)
    {
        var route = run.Plan.Variables!["Route"];
        Assert.NotEmpty(run.MainDocuments(DocumentKinds.Registratie));
        Assert.Equal(route == "melding" ? 1 : 0, run.MainDocuments(DocumentKinds.Ontvangstbevestiging).Count);
        Assert.Equal(CaseFileStatus.Closed, run.CaseFile.Status);
        Assert.Single(run.MainDocuments(DocumentKinds.Afsluiting));
        // The woonplaatsbeginsel check runs on every route.
        Assert.Single(run.MainDocuments(DocumentKinds.Registerraadpleging));

        var jw301 = run.MessagesOf(MessageKinds.Jw301).Count;
        var jw319 = run.MessagesOf("iJw.JW319").Count;
        if (run.Option("RW2-DP4") == "overdragen")
        {
            Assert.True(run.Did("Overdragen", "Gereed"));
            Assert.Empty(run.DecisionOptions);
            Assert.Equal(0, jw301 + jw319);
            return;
        }
        switch (route)
        {
            case "maatregel":
                // A GI's maatregel is carried out without a beschikking: one JW301.
                Assert.Empty(run.DecisionOptions);
                Assert.Equal(1, jw301);
                return;
            case "verwijzing" when run.Option("RW2-DP2") == "afwijzen":
                Assert.Empty(run.DecisionOptions);
                Assert.Equal(0, jw301);
                Assert.Equal(1, jw319);
                Assert.Single(run.MessagesOf("iJw.JW316"));
                return;
            case "verwijzing" when run.Option("RW2-DP2") == "toewijzen":
                // The verwijzing is honoured with one JW301; a beschikking only when RW2-DP14 asks for one.
                Assert.Equal(run.Option("RW2-DP14") == "ja" ? ["toekennen"] : [], run.DecisionOptions);
                Assert.All(run.MainDocuments(DocumentKinds.Beschikking), d => Assert.Contains("## Bezwaar maken", d.Content));
                Assert.Equal(1, jw301);
                Assert.Single(run.MessagesOf("iJw.JW316"));
                return;
            case "melding" when run.Option("RW2-DP1") is "lichthulp" or "overig":
                Assert.Empty(run.DecisionOptions);
                Assert.Equal(0, jw301 + jw319);
                return;
        }

        // The onderzoek route: after a melding (individueel or spoed) or a verwijzing that needs beoordeling.
        var spoed = run.Option("RW2-DP1") == "spoed";
        var granted = run.Option("RW2-DP5") == "ja";
        Assert.Equal([granted ? "toekennen" : "afwijzen"], run.DecisionOptions);
        Assert.All(run.MainDocuments(DocumentKinds.Beschikking), d => Assert.Contains("## Bezwaar maken", d.Content));
        var pgb = granted && run.Option("RW2-DP10") == "pgb" && run.Did("PgbToets", "Voldoet");
        var vow = granted && run.Did("LeveringVolgen", "Verzoek om wijziging");
        Assert.Equal((spoed ? 1 : 0) + (granted && !pgb ? 1 : 0) + (vow && run.Option("RW2-DP16") == "honoreren" ? 1 : 0), jw301);
        Assert.Equal(vow && run.Option("RW2-DP16") == "afwijzen" ? 1 : 0, jw319);
        Assert.Equal(pgb ? 1 : 0, run.MessagesOf(MessageKinds.SvbPgb).Count);
        // The verzoek that needs beoordeling gets no retourbericht: the workflow only acknowledges it when it answers it.
        Assert.Empty(run.MessagesOf("iJw.JW316"));
        Assert.Equal(granted && run.Option("RW2-DP18") == "volledig" ? 2 : 1, run.MainDocuments(DocumentKinds.Registratie).Count);
    }
}
