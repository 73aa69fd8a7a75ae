using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Tests.Support;
using Xunit.Abstractions;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>
/// RW-4 toelatingsprocedure (workflows/rw4-toelatingsprocedure.json): an open-house procedure with two aanmeldingen per
/// case (one in doubt, one that does not meet the requirements) and a signal in contract management, until every option
/// of every discretion point was chosen.
/// </summary>
public sealed class Rw4ToelatingsprocedureTests(ITestOutputHelper output)
{
    private const string DefinitionId = "rw4-toelatingsprocedure";

    private static readonly CaseStart Start = new("toelatingsprocedure", DefinitionId, WithSubject: false, "Toelating aanbieders begeleiding");

    private static readonly Dictionary<string, string[]> Actions = new(StringComparer.Ordinal)
    {
        ["Aanmeldingen"] = ["Aanmelding ontvangen", "Aanmelding ontvangen", "Instroom sluiten"],
        ["Toetsen"] = ["Twijfel", "Voldoet niet"],
        ["Contractmanagement"] = ["Signaal", "Periode afgesloten"],
    };

    [Fact]
    public async Task Drive_EveryDiscretionOption_EachAanmeldingGetsItsToelatingsbesluit()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var cover = new DiscretionCover([host.Definitions[DefinitionId]], host.Definitions, host.Settings);
        var runner = new CoverRunner(host, new CaseDriver(host, Teams.Inkoop(host)), cover, output.WriteLine);

        // Act
        await runner.RunAsync(Start, (i, choices) => new RunPlan($"RW-4 run {i + 1}", choices, Actions), AssertCase);

        // Assert
        Assert.Empty(cover.Uncovered);
    }

    private static void AssertCase(CaseRun run)
    {
        Assert.Equal(CaseFileStatus.Closed, run.CaseFile.Status);
        Assert.Single(run.MainDocuments(DocumentKinds.Afsluiting));
        if (run.Option("RW4-DP1") != "toelating")
        {
            Assert.True(run.Did("AnderModel", "Gereed"));
            Assert.DoesNotContain(run.CaseFile.Documents, d => d.Kind != DocumentKinds.Afsluiting);
            Assert.Empty(run.Messages);
            return;
        }

        Assert.Single(run.Documents(DocumentKinds.Aankondiging));
        Assert.Single(run.MessagesOf(MessageKinds.TenderNed));
        // First aanmelding: in doubt, so RW4-DP7 decides; second: does not meet the requirements.
        string[] expected = [run.Option("RW4-DP7") == "toelaten" ? "toegelaten" : "afgewezen", "afgewezen"];
        var besluiten = run.Documents(DocumentKinds.Toelatingsbesluit);
        Assert.Equal(expected, besluiten.Select(d => d.Title[(d.Title.LastIndexOf(':') + 2)..]));
        Assert.Equal(besluiten.Select(d => d.Id),
            run.MessagesOf(MessageKinds.Brief).Select(m => MessageJson.Deserialize<Brief>(m.Payload).DocumentId));
        Assert.Equal(expected.Count(e => e == "toegelaten"), run.Tasks.Count(t => t.ActivityId == "Onboarding"));
        Assert.True(run.Reached("DpSanctie"));
        Assert.True(run.Reached("DpControle"));
    }
}
