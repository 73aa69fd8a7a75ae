using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Tests.Support;
using Xunit.Abstractions;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>
/// The bezwaar sub-flow (workflows/rw5-bezwaar.json), started by RW-5 bijstand when a bezwaarschrift arrives within the
/// bezwaartermijn, until every option of its discretion points was chosen.
/// </summary>
public sealed class Rw5BezwaarTests(ITestOutputHelper output)
{
    private const string DefinitionId = "rw5-bezwaar";

    private static readonly CaseStart Start = new("participatiewet-bijstand", "rw5-bijstand", WithSubject: true, "Levensonderhoud");

    [Fact]
    public async Task Drive_EveryBezwaarOption_EachBezwaarEndsWithItsBeslissingOpBezwaar()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var cover = new DiscretionCover([host.Definitions[DefinitionId]], host.Definitions, host.Settings);
        var runner = new CoverRunner(host, new CaseDriver(host, Teams.WerkEnInkomen(host)), cover, output.WriteLine);

        // Act: every case gets a bezwaar that informal contact does not resolve; the route alternates.
        await runner.RunAsync(Start, (i, choices) => new RunPlan($"Bezwaar run {i + 1}", choices, new Dictionary<string, string[]>
        {
            ["InformeelContact"] = ["Niet opgelost"],
            ["BehandelrouteKiezen"] = [i % 2 == 0 ? "Adviescommissie" : "Ambtelijk"],
        }, Bezwaar: true), AssertBezwaar);

        // Assert
        Assert.Empty(cover.Uncovered);
        Assert.Contains(runner.Runs, r => r.Decisions.Any(d => d.DiscretionId == "RW5-B1" && d.OfferedDefault == "informeel"));
    }

    [Fact]
    public async Task Drive_BezwaarResolvedInformally_WithdrawnWithoutBeslissingOpBezwaar()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var driver = new CaseDriver(host, Teams.WerkEnInkomen(host));

        // Act: Voorbeeldstad's default RW5-B1 is informeel; the call resolves it.
        var run = await driver.RunAsync(Start, new RunPlan("Bezwaar ingetrokken", new Dictionary<string, string>(),
            new Dictionary<string, string[]> { ["InformeelContact"] = ["Opgelost"] }, Bezwaar: true));

        // Assert
        ReferenceChecks.Verify(run, () => ReferenceChecks.Common(host, run));
        var bezwaar = Assert.Single(run.Instances, i => i.DefinitionId == DefinitionId);
        Assert.Equal("informeel", run.Option("RW5-B1"));
        Assert.True(run.Did("IntrekkingVastleggen", "Gereed"));
        Assert.Null(run.Option("RW5-B3"));
        Assert.DoesNotContain(DecisionFact.All(run.CaseFile), d => d.Zaaktype == "bezwaar");
        Assert.Contains(run.Documents(DocumentKinds.Afsluiting), d => d.InstanceId == bezwaar.Id && d.Content.Contains("ingetrokken"));
        Assert.Equal(CaseFileStatus.Closed, run.CaseFile.Status);
    }

    private static void AssertBezwaar(CaseRun run)
    {
        // The bezwaar runs as a child of the bijstand case, in the same case file.
        var bezwaar = Assert.Single(run.Instances, i => i.DefinitionId == DefinitionId);
        Assert.Equal(run.InstanceId, bezwaar.ParentInstanceId);
        Assert.Equal(run.CaseFileId, bezwaar.CorrelationId);
        Assert.Contains(run.Documents(DocumentKinds.Registratie), d => d.InstanceId == bezwaar.Id);
        Assert.Contains(run.Documents(DocumentKinds.Ontvangstbevestiging), d => d.InstanceId == bezwaar.Id);

        var commissie = run.Did("BehandelrouteKiezen", "Adviescommissie");
        var horen = run.Option("RW5-B2") == "horen";
        Assert.Equal(horen && commissie, run.Did("HoorzittingCommissie", "Gereed"));
        Assert.Equal(horen && !commissie, run.Did("Hoorzitting", "Gereed"));
        Assert.Equal(run.Option("RW5-B1") == "informeel", run.Did("InformeelContact", "Niet opgelost"));

        var b3 = run.Option("RW5-B3")!;
        var beslissing = Assert.Single(DecisionFact.All(run.CaseFile), d => d.Zaaktype == "bezwaar");
        Assert.Equal(BezwaarExpectations.BeslissingFor[b3], beslissing.Option);
        var document = Assert.Single(run.Documents(DocumentKinds.Beschikking), d => d.InstanceId == bezwaar.Id);
        Assert.Contains("## Beroep instellen", document.Content);
        Assert.DoesNotContain("## Bezwaar maken", document.Content);
        // A (partly) well-founded bezwaar revokes the decision: the consulent takes a new one.
        Assert.Equal(b3 is "gegrond" or "deels", run.Did("Herroepen", "Gereed"));
        Assert.Equal(CaseFileStatus.Closed, run.CaseFile.Status);
        Assert.Single(run.MainDocuments(DocumentKinds.Afsluiting));
    }
}
