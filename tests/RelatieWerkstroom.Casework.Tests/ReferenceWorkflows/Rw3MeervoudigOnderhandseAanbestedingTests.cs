using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using Xunit.Abstractions;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>
/// RW-3 meervoudig onderhandse aanbesteding (workflows/rw3-meervoudig-onderhandse-aanbesteding.json) until every option
/// of every discretion point was chosen: aankondiging, gunningsbeslissing to every inschrijver, standstill and contract.
/// </summary>
public sealed class Rw3MeervoudigOnderhandseAanbestedingTests(ITestOutputHelper output)
{
    private const string DefinitionId = "rw3-meervoudig-onderhandse-aanbesteding";

    private static readonly CaseStart Start = new("meervoudig-onderhandse-aanbesteding", DefinitionId, WithSubject: false, "Inkoop schoonmaakdiensten");

    /// <summary>An unclear inschrijving and a complaint, so that RW3-DP7 and RW3-DP9 come up; the second time all is clear.</summary>
    private static readonly Dictionary<string, string[]> Actions = new(StringComparer.Ordinal)
    {
        ["Beoordelen"] = ["Onduidelijkheid", "Gereed"],
        ["KlachtenBeoordelen"] = ["Klacht of kort geding", "Geen klacht"],
    };

    [Fact]
    public async Task Drive_EveryDiscretionOption_EachTenderEndsWithAwardLettersStandstillAndContract()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var cover = new DiscretionCover([host.Definitions[DefinitionId]], host.Definitions, host.Settings);
        var runner = new CoverRunner(host, new CaseDriver(host, Teams.Inkoop(host)), cover, output.WriteLine);

        // Act
        await runner.RunAsync(Start, (i, choices) => new RunPlan($"RW-3 run {i + 1}", choices, Actions), AssertCase);

        // Assert
        Assert.Empty(cover.Uncovered);
        Assert.Contains(runner.Runs, r => r.TimersFired > 0);
    }

    private static void AssertCase(CaseRun run)
    {
        Assert.Equal(CaseFileStatus.Closed, run.CaseFile.Status);
        Assert.Single(run.MainDocuments(DocumentKinds.Afsluiting));
        Assert.Null(run.CaseFile.SubjectId);
        if (run.Option("RW3-DP2") != "meervoudig")
        {
            // Enkelvoudig or another procedure: this case publishes and awards nothing.
            Assert.DoesNotContain(run.CaseFile.Documents, d => d.Kind != DocumentKinds.Afsluiting);
            Assert.Empty(run.Messages);
            return;
        }

        Assert.Single(run.Documents(DocumentKinds.Aankondiging));
        Assert.Single(run.MessagesOf(MessageKinds.TenderNed));
        // A complaint that leads to a new assessment means a second gunningsbeslissing and standstill.
        var rounds = run.Tasks.Count(t => t.ActivityId == "Gunningsbeslissing");
        Assert.Equal(run.Chose("RW3-DP9", "herbeoordelen") ? 2 : 1, rounds);
        Assert.Equal(rounds, run.Documents(DocumentKinds.Gunningsbeslissing).Count);
        Assert.Equal(rounds * FormFiller.Inschrijvers.Count, run.MessagesOf(MessageKinds.Gunningsbericht).Count);
        Assert.Equal(FormFiller.Inschrijvers.Order(), run.MessagesOf(MessageKinds.Gunningsbericht).Select(m => m.Recipient!).Distinct().Order());

        var standstill = run.Option("RW3-DP8") != "geen";
        Assert.Equal(standstill ? rounds : 0, run.Documents(DocumentKinds.Standstill).Count);
        Assert.Equal(standstill ? rounds * FormFiller.Inschrijvers.Count : 0, run.MessagesOf(MessageKinds.Standstill).Count);
        if (standstill)
        {
            var days = run.Option("RW3-DP8") == "tien" ? "10" : "20";
            Assert.All(run.Documents(DocumentKinds.Standstill), d => Assert.Contains(days, d.Content));
            Assert.True(run.TimersFired >= rounds, "the standstill period ran out on the clock");
        }

        var withdrawn = run.Option("RW3-DP9") == "intrekken";
        Assert.Equal(!withdrawn, run.Did("Contract", "Gereed"));
        Assert.Equal(withdrawn, run.Did("Intrekken", "Gereed"));
    }
}
