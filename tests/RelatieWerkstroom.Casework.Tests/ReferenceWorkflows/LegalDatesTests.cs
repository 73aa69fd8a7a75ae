using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>
/// The reference workflows run their clocks on legal dates (review item 7): the receipt of the aanvraag as the
/// backoffice recorded it, the end of the hersteltermijn, the payment of the voorschot or the decision; and a Wmo
/// decision after a 4:14 lid 1 notice is late (review item 3).
/// </summary>
public sealed class LegalDatesTests
{
    private static readonly CaseStart Wmo = new("wmo-maatwerkvoorziening", "rw1-wmo-maatwerkvoorziening", WithSubject: true, "Ondersteuning thuis");

    private static readonly CaseStart Bijstand = new("participatiewet-bijstand", "rw5-bijstand", WithSubject: true, "Levensonderhoud");

    // Awb 4:13 lid 1 and Wmo 2015 art. 2.3.5 lid 2 count the beslistermijn "na ontvangst van de aanvraag"; Pw 52 lid 1
    // counts the voorschot's four weeks from the same aanvraag. The form filler records the receipt three days before
    // the backoffice completes the task, so a clock started on the step's day would end three days late.
    public static TheoryData<string, string> ReceiptClocks => new()
    {
        { "rw1-wmo-maatwerkvoorziening", "beslistermijn" },
        { "rw5-bijstand", "beslistermijn" },
        { "rw5-bijstand", "voorschottermijn" },
    };

    [Theory]
    [MemberData(nameof(ReceiptClocks))]
    public async Task Drive_AanvraagRegisteredLater_ClockStartsOnTheRecordedReceiptDate(string definitionId, string clockName)
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var wmo = definitionId == Wmo.DefinitionId;
        var driver = new CaseDriver(host, wmo ? Teams.WijkteamNoord(host) : Teams.WerkEnInkomen(host));
        var choices = wmo ? new Dictionary<string, string> { ["RW1-DP8"] = "apart" } : new Dictionary<string, string>();

        // Act
        var run = await driver.RunAsync(wmo ? Wmo : Bijstand, new RunPlan("Aanvraag later geregistreerd", choices, new Dictionary<string, string[]>()));

        // Assert
        var form = run.CaseFile.Forms.Last(f => f.Values.ContainsKey("ontvangenOp"));
        var received = DateOnly.Parse((string)form.Values["ontvangenOp"]!);
        Assert.True(received < DateOnly.FromDateTime(form.SubmittedAt.UtcDateTime), "the receipt lies before the registration");
        Assert.Equal(received, run.CaseFile.Clock(clockName)!.Start);
    }

    // Awb 4:15 lid 1 sub a: the term is suspended "tot de dag waarop de aanvraag is aangevuld of de daarvoor gestelde
    // termijn ongebruikt is verstreken". When the backoffice records "Termijn verstreken", the suspension ends on the
    // hersteltermijnTot it recorded, not on the day it completes the task (even if that day comes earlier: the inwoner
    // keeps the term he was given).
    [Fact]
    public async Task Drive_HersteltermijnUnused_SuspensionEndsOnTheHersteltermijn()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var driver = new CaseDriver(host, Teams.WijkteamNoord(host));

        // Act
        var run = await driver.RunAsync(Wmo, new RunPlan("Hersteltermijn verstreken", new Dictionary<string, string> { ["RW1-DP9"] = "aanvullen" },
            new Dictionary<string, string[]> { ["AanvraagCompleet"] = ["Aanvulling nodig"], ["AanvullingAfwachten"] = ["Termijn verstreken"] }));

        // Assert
        var hersteltermijn = DateOnly.Parse((string)run.CaseFile.Forms.Last(f => f.Values.ContainsKey("hersteltermijnTot")).Values["hersteltermijnTot"]!);
        var resume = Assert.Single(run.CaseFile.Clock("beslistermijn")!.Transitions, t => t.Action == ClockAction.Resume);
        Assert.Equal(hersteltermijn, resume.On);
    }

    // Pw 52 lid 1: the college grants a voorschot within four weeks of the aanvraag as long as the right cannot be
    // established; the duty ends with the payment or with the decision on the aanvraag, whichever comes first. "Niet
    // nodig" at RW5-DP4 is a prediction and stops nothing; a voorschot paid stops the clock, and the decision then
    // leaves it alone.
    public static TheoryData<string, string> VoorschotEnds => new()
    {
        { "verlenen", "payment" },
        { "nietnodig", "decision" },
    };

    [Theory]
    [MemberData(nameof(VoorschotEnds))]
    public async Task Drive_Voorschot_ClockStopsOnPaymentOrDecisionWhicheverFirst(string option, string stoppedBy)
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var driver = new CaseDriver(host, Teams.WerkEnInkomen(host));

        // Act
        var run = await driver.RunAsync(Bijstand, new RunPlan($"Voorschot {option}", new Dictionary<string, string> { ["RW5-DP4"] = option },
            new Dictionary<string, string[]>()));

        // Assert
        var voorschot = run.CaseFile.Clock("voorschottermijn")!;
        var stop = Assert.Single(voorschot.Transitions, t => t.Action == ClockAction.Stop);
        var decision = run.CaseFile.Clock("beslistermijn")!.StoppedOn;
        if (stoppedBy == "decision") Assert.Equal(decision, stop.On);
        else Assert.True(stop.On <= decision, "the voorschot was paid before the decision");
    }

    // Awb 4:14 lid 1 obliges the college to say when a decision it cannot give in time can be expected; it does not
    // extend a statutory term, and the Wmo 2015 has no verdagingsbepaling. So the RW-1 notice leaves the deadline two
    // weeks after receipt (plus the Atw), and a decision after that deadline is late however the notice was worded:
    // received 1 June 2026, deadline Monday 15 June; a decision on 20 June is five days late.
    [Fact]
    public async Task Drive_Wmo414Lid1Notice_DeadlineDoesNotMoveAndALaterDecisionIsLate()
    {
        // Arrange
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var driver = new CaseDriver(host, Teams.WijkteamNoord(host));

        // Act
        var run = await driver.RunAsync(Wmo, new RunPlan("Mededeling 4:14 lid 1", new Dictionary<string, string> { ["RW1-DP8"] = "apart" },
            new Dictionary<string, string[]> { ["BesluitVoorbereiden"] = ["Verdagen", "Gereed"] }));
        var clock = run.CaseFile.Clock("beslistermijn")!;
        var late = new LegalClock("beslistermijn", "Wmo 2015 art. 2.3.5 lid 2", new DateOnly(2026, 6, 1), LegalTerm.Weeks(2)) { Verdaging = VerdagingRule.None };

        // Assert
        Assert.True(run.Did("VerdagingMelden", "Gereed"));
        Assert.DoesNotContain(clock.Transitions, t => t.Action == ClockAction.Extend);
        Assert.Equal(new LegalClock("beslistermijn", "", clock.Start, LegalTerm.Weeks(2)).Deadline(), clock.Deadline);
        Assert.Throws<InvalidOperationException>(() => late.Extend(LegalTerm.Weeks(2), "Mededeling (Awb 4:14 lid 1)"));
        Assert.Equal(new DateOnly(2026, 6, 15), late.Deadline());
        Assert.Equal(-5, late.Stop(new DateOnly(2026, 6, 20)).DaysLeft(new DateOnly(2026, 6, 20)));
        Assert.True(late.Stop(new DateOnly(2026, 6, 20)).IsBreached(new DateOnly(2026, 6, 20)));
    }
}
