using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.LegalTime;
using Xunit.Abstractions;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>
/// The bezwaar sub-flow (workflows/rw5-bezwaar.json), started by RW-1 (Wmo 2015: Voorbeeldstad has an adviescommissie)
/// and RW-5 bijstand (Participatiewet: no commissie) when a bezwaarschrift arrives within the bezwaartermijn.
/// </summary>
public sealed class Rw5BezwaarTests(ITestOutputHelper output)
{
    private const string DefinitionId = "rw5-bezwaar";
    private const string Clock = "beslistermijn-bezwaar";

    private static readonly CaseStart Bijstand = new("participatiewet-bijstand", "rw5-bijstand", WithSubject: true, "Levensonderhoud");

    private static readonly CaseStart Wmo = new("wmo-maatwerkvoorziening", "rw1-wmo-maatwerkvoorziening", WithSubject: true, "Ondersteuning thuis");

    [Fact]
    public async Task Drive_EveryBezwaarOption_EachBezwaarEndsWithItsBeslissingOpBezwaar()
    {
        // Arrange: a Wmo bezwaar, so the commissie route (with RW5-B4 advies volgen of afwijken) is the one the
        // settings prescribe.
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var cover = new DiscretionCover([host.Definitions[DefinitionId]], host.Definitions, host.Settings);
        var runner = new CoverRunner(host, new CaseDriver(host, Teams.WijkteamNoord(host)), cover, output.WriteLine);

        // Act: every case gets a bezwaar that informal contact does not resolve.
        await runner.RunAsync(Wmo, (i, choices) => new RunPlan($"Bezwaar run {i + 1}", choices, new Dictionary<string, string[]>
        {
            ["InformeelContact"] = ["Niet opgelost"],
        }, Bezwaar: true), run => AssertBezwaar(run, commissie: true));

        // Assert
        Assert.Empty(cover.Uncovered);
        Assert.Contains(runner.Runs, r => r.Chose("RW5-B4", "afwijken"));
    }

    // Awb 7:10 lid 1: the bestuursorgaan decides within six weeks, or twelve "indien een commissie als bedoeld in artikel
    // 7:13 is ingesteld", counted "vanaf de dag na die waarop de termijn voor het indienen van het bezwaarschrift is
    // verstreken". Whether a commissie is instituted is a fact of the verordening per domain (Voorbeeldstad: Wmo and
    // Jeugdwet yes, Participatiewet no), so the route follows from the settings, never from a choice per case. And the
    // term starts after the bezwaartermijn (6:7, 6:8, Atw-adjusted) ends, however early the bezwaarschrift came in: the
    // driver delivers it on the day the decision was sent, so the 7:10 clock's start lies six weeks ahead.
    public static TheoryData<string, bool, string> Routes => new()
    {
        { "participatiewet-bijstand", false, "6 weeks" },
        { "wmo-maatwerkvoorziening", true, "12 weeks" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Drive_EarlyBezwaar_RouteFromSettingsAndTermFromTheDayAfterTheBezwaartermijn(string zaaktype, bool commissie, string term)
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var wmo = zaaktype == Wmo.Zaaktype;
        var driver = new CaseDriver(host, wmo ? Teams.WijkteamNoord(host) : Teams.WerkEnInkomen(host));

        // Act
        var run = await driver.RunAsync(wmo ? Wmo : Bijstand, new RunPlan("Vroeg bezwaar", new Dictionary<string, string> { ["RW5-B1"] = "formeel" },
            new Dictionary<string, string[]>(), Bezwaar: true));

        // Assert
        ReferenceChecks.Verify(run, () => AssertBezwaar(run, commissie));
        var bezwaartermijn = run.CaseFile.Clock("bezwaartermijn")!;
        var clock = run.CaseFile.Clock(Clock)!;
        Assert.Equal(term, clock.Term);
        Assert.Equal(bezwaartermijn.Deadline, clock.Start);
        Assert.Equal(new LegalClock(Clock, "Awb art. 7:10 lid 1", bezwaartermijn.Deadline!.Value, LegalTerm.Parse(term)).Deadline(), clock.Deadline);
        Assert.True(clock.Start > bezwaartermijn.StoppedOn, "the bezwaarschrift came in early; the 7:10 term still starts after the bezwaartermijn");
    }

    // Awb 6:11: "Ten aanzien van een na afloop van de termijn ingediend bezwaarschrift blijft niet-ontvankelijkverklaring
    // op grond daarvan achterwege indien redelijkerwijs niet kan worden geoordeeld dat de indiener in verzuim is
    // geweest." A late bezwaar therefore has its own path: the jurist judges whether the lateness is verschoonbaar. If so
    // it is handled as usual; if not, the beslissing op bezwaar declares it niet-ontvankelijk (without hearing: 7:3 sub
    // a). Either way the 7:10 term cannot run from the end of a bezwaartermijn that passed before the bezwaar arrived; it
    // runs from the receipt recorded at registration [prevailing practice, no ECLI located].
    public static TheoryData<string, string?, bool> LateBezwaren => new()
    {
        { "Verschoonbaar", null, true },
        { "Niet verschoonbaar", "niet-ontvankelijk", false },
    };

    [Theory]
    [MemberData(nameof(LateBezwaren))]
    public async Task Drive_LateBezwaar_Awb611PathAndTermFromReceipt(string judgement, string? beslissing, bool handled)
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var driver = new CaseDriver(host, Teams.WerkEnInkomen(host));

        // Act
        var run = await driver.RunAsync(Bijstand, new RunPlan($"Te laat, {judgement}", new Dictionary<string, string> { ["RW5-B1"] = "formeel" },
            new Dictionary<string, string[]> { ["TijdigheidToetsen"] = ["Te laat"], ["TermijnoverschrijdingBeoordelen"] = [judgement] }, Bezwaar: true));

        // Assert
        ReferenceChecks.Verify(run, () => ReferenceChecks.Common(host, run));
        var received = run.CaseFile.Events.Last(e => e.Kind == CaseEventKinds.MeldingRegistered && (string?)e.Details?["soort"] == "bezwaarschrift");
        Assert.Equal(DateOnly.Parse((string)received.Details!["meldingDate"]!), run.CaseFile.Clock(Clock)!.Start);
        Assert.Equal(handled, run.Reached("Termijntoets"));
        Assert.Equal(handled, run.Option("RW5-B3") is not null);
        var fact = Assert.Single(DecisionFact.All(run.CaseFile), d => d.Zaaktype == "bezwaar");
        if (beslissing is not null) Assert.Equal(beslissing, fact.Option);
        Assert.Equal(CaseFileStatus.Closed, run.CaseFile.Status);
    }

    // Awb 7:10 lid 3: "Het bestuursorgaan kan de beslissing voor ten hoogste zes weken verdagen." Lid 4: verder uitstel
    // only with the consent of all belanghebbenden (a), of the indiener when nobody else is harmed (b), or for
    // wettelijke procedurevoorschriften (c). A second "Verdagen" therefore goes through the task Verder uitstel, which
    // records a ground of lid 4; the clock journals it and adds the chosen term after the six weeks.
    [Fact]
    public async Task Drive_SecondVerdaging_NeedsALid4GroundAndAddsAfterTheSixWeeks()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var driver = new CaseDriver(host, Teams.WerkEnInkomen(host));

        // Act
        var run = await driver.RunAsync(Bijstand, new RunPlan("Twee keer uitstel", new Dictionary<string, string> { ["RW5-B1"] = "formeel" },
            new Dictionary<string, string[]> { ["BobVoorbereiden"] = ["Verdagen", "Verdagen", "Gereed"], ["VerderUitstel"] = ["Uitstellen"] }, Bezwaar: true));

        // Assert
        ReferenceChecks.Verify(run, () => ReferenceChecks.Common(host, run));
        var clock = run.CaseFile.Clock(Clock)!;
        var extensions = clock.Transitions.Where(t => t.Action == ClockAction.Extend).ToList();
        Assert.Equal(["6 weeks", "2 weeks"], extensions.Select(e => e.Term));
        Assert.Null(extensions[0].FurtherDelayGround);
        Assert.Equal("instemming alle belanghebbenden (lid 4 sub a)", extensions[1].FurtherDelayGround);
        var expected = new LegalClock(Clock, "Awb art. 7:10 lid 1", clock.Start, LegalTerm.Weeks(6)) { Verdaging = VerdagingRule.Awb710 }
            .Extend(LegalTerm.Weeks(6), "lid 3").Extend(LegalTerm.Weeks(2), "lid 4", furtherDelayGround: "sub a").Deadline();
        Assert.Equal(expected, clock.Deadline);
    }

    [Fact]
    public async Task Drive_BezwaarResolvedInformally_WithdrawnWithoutBeslissingOpBezwaar()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var driver = new CaseDriver(host, Teams.WerkEnInkomen(host));

        // Act: Voorbeeldstad's default RW5-B1 is informeel; the call resolves it.
        var run = await driver.RunAsync(Bijstand, new RunPlan("Bezwaar ingetrokken", new Dictionary<string, string>(),
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

    private static void AssertBezwaar(CaseRun run, bool commissie)
    {
        // The bezwaar runs as a child of the primary case, in the same case file.
        var bezwaar = Assert.Single(run.Instances, i => i.DefinitionId == DefinitionId);
        Assert.Equal(run.InstanceId, bezwaar.ParentInstanceId);
        Assert.Equal(run.CaseFileId, bezwaar.CorrelationId);
        Assert.Contains(run.Documents(DocumentKinds.Registratie), d => d.InstanceId == bezwaar.Id);
        Assert.Contains(run.Documents(DocumentKinds.Ontvangstbevestiging), d => d.InstanceId == bezwaar.Id);

        var horen = run.Option("RW5-B2") == "horen";
        Assert.Equal(horen && commissie, run.Did("HoorzittingCommissie", "Gereed"));
        Assert.Equal(horen && !commissie, run.Did("Hoorzitting", "Gereed"));
        Assert.Equal(horen && commissie, run.Option("RW5-B4") is not null);
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
