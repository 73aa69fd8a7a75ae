using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Tests.Support;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Tests.Analysis.Metrics;

public class LegalClockMetricTests
{
    private static readonly ReportOptions Options = new() { SmallGroupThreshold = 1, AsOf = new DateOnly(2025, 3, 3) };

    private static Task<FrictionReport> Analyze(JournalBuilder.CaseBuilder journal) =>
        new FrictionAnalyzer(Options, FixedTime.Default).AnalyzeAsync(journal.Stream());

    [Fact]
    public async Task Analyze_LateDecisionExpiredBezwaartermijnAndMissedLocalNorm_EachInItsOwnTable()
    {
        // Arrange. Three cases, one of each kind of term:
        // - late: the Wmo 2.3.5 beslistermijn (the college owes the decision, statutory) ends 20 Jan; decided 24 Jan.
        //   That is a termijnoverschrijding.
        // - bezwaar: the bezwaartermijn (Awb 6:7) is the inwoner's; it ended unused on 17 Feb (noticed after the postal
        //   week, on 25 Feb). The decision stands; that is no breach of the municipality.
        // - norm: the jeugd onderzoekstermijn comes from the verordening (origin local); it ends 3 Feb, onderzoek done
        //   10 Feb. "Norm niet gehaald", not a termijnoverschrijding.
        var journal = new JournalBuilder()
            .Case("late").Started()
                .Clock(CaseworkEvents.ClockStarted, "2025-01-20", "beslistermijn", legalBasis: "Wmo 2015 art. 2.3.5 lid 2", owedBy: "bestuursorgaan", origin: "national")
                .On(2025, 1, 24).Clock(CaseworkEvents.ClockStopped, "2025-01-20", "beslistermijn", owedBy: "bestuursorgaan", origin: "national").Finished()
            .Case("bezwaar").Started()
                .Clock(CaseworkEvents.ClockStarted, "2025-02-17", "bezwaartermijn", "6 weeks", "Awb art. 6:7, 6:8", owedBy: "inwoner", origin: "national")
                .On(2025, 2, 25).Clock(CaseworkEvents.ClockExpired, "2025-02-17", "bezwaartermijn", "6 weeks", owedBy: "inwoner", on: "2025-02-17").Finished()
            .Case("norm", workflow: "jeugd-toegang").Started()
                .Clock(CaseworkEvents.ClockStarted, "2025-02-03", "onderzoekstermijn", "4 weeks", "Verordening jeugdhulp art. 5", owedBy: "bestuursorgaan", origin: "local")
                .On(2025, 2, 10).Clock(CaseworkEvents.ClockStopped, "2025-02-03", "onderzoekstermijn", "4 weeks", origin: "local").Finished();

        // Act
        var report = await Analyze(journal);

        // Assert
        var breach = Assert.Single(report.Breaches);
        Assert.Equal(("beslistermijn", 1), (breach.Clock, breach.Breached!.Value));
        var norm = Assert.Single(report.NormMisses);
        Assert.Equal(("onderzoekstermijn", "local", 1), (norm.Clock, norm.Origin, norm.Missed!.Value));
        var citizen = Assert.Single(report.CitizenTerms);
        Assert.Equal(("bezwaartermijn", 1, 0), (citizen.Clock, citizen.ExpiredUnused!.Value, citizen.UsedInTime!.Value));
        Assert.Equal((1, 1, 1), (report.Summary.Breaches!.Value, report.Summary.NormsMissed!.Value, report.Summary.CitizenTermsExpired!.Value));
        Assert.Equal(["beslistermijn"], report.LeadTimes.Select(r => r.Clock));
        Assert.Equal(["beslistermijn"], report.DeadlineCompliance.Select(r => r.Clock));
    }

    // The bezwaartermijn of a decision sent Monday 6 Jan 2025 runs from 7 Jan for six weeks and ends Monday 17 Feb
    // (Awb 6:7, 6:8; a working day, so the Atw changes nothing). A bezwaarschrift received on or before 17 Feb is in
    // time (6:9 lid 1). One received up to a week later (by 24 Feb) is in time if it was posted in time (6:9 lid 2): the
    // report cannot see the postmark, so it counts it apart. Later than that is te laat, unless verschoonbaar (6:11).
    // Without a bezwaar the term is expired unused once 17 Feb has passed, whether or not a step has noticed it yet;
    // on the report date (3 Mar) a term ending 10 Mar is still running.
    public static TheoryData<string, string, string?, bool, string> CitizenTerms => new()
    {
        { "bezwaar received 10 Feb", "2025-02-17", "2025-02-10", false, "in time" },
        { "bezwaar received on the last day", "2025-02-17", "2025-02-17", false, "in time" },
        { "bezwaar received 20 Feb, within the postal week", "2025-02-17", "2025-02-20", false, "postal week" },
        { "bezwaar received 24 Feb, the last day of the postal week", "2025-02-17", "2025-02-24", false, "postal week" },
        { "bezwaar received 25 Feb", "2025-02-17", "2025-02-25", false, "late" },
        { "no bezwaar, the workflow expired the term", "2025-02-17", null, true, "expired" },
        { "no bezwaar, nothing noticed yet but the last day has passed", "2025-02-17", null, false, "expired" },
        { "no bezwaar, the term ends after the report date", "2025-03-10", null, false, "running" },
    };

    [Theory]
    [MemberData(nameof(CitizenTerms))]
    public async Task Analyze_BezwaartermijnOfTheInwoner_IsClassifiedByTheLegalDayNeverAsABreach(
        string situation, string deadline, string? received, bool expired, string expected)
    {
        // Arrange
        var journal = new JournalBuilder().Case("c").Started()
            .Clock(CaseworkEvents.ClockStarted, deadline, "bezwaartermijn", "6 weeks", "Awb art. 6:7, 6:8", owedBy: "inwoner");
        if (received is not null)
            journal.On(2025, 2, 26).Clock(CaseworkEvents.ClockStopped, deadline, "bezwaartermijn", "6 weeks", owedBy: "inwoner", on: received);
        if (expired)
            journal.On(2025, 2, 26).Clock(CaseworkEvents.ClockExpired, deadline, "bezwaartermijn", "6 weeks", owedBy: "inwoner", on: deadline);

        // Act
        var report = await Analyze(journal);

        // Assert
        var row = Assert.Single(report.CitizenTerms);
        var actual = (row.UsedInTime, row.UsedInPostalWeek, row.UsedLate, row.ExpiredUnused, row.Running) switch
        {
            (1, 0, 0, 0, 0) => "in time",
            (0, 1, 0, 0, 0) => "postal week",
            (0, 0, 1, 0, 0) => "late",
            (0, 0, 0, 1, 0) => "expired",
            (0, 0, 0, 0, 1) => "running",
            _ => "mixed",
        };
        Assert.True(expected == actual, $"{situation}: expected {expected}, got {actual}");
        Assert.Empty(report.Breaches);
        Assert.Equal(0, report.Summary.Breaches);
    }

    // Which table a clock lands in follows from who owes the act, its kind and its origin: only a national deadline of
    // the bestuursorgaan is a termijnoverschrijding. A clock journalled without these fields (older journals) is read
    // as the LegalClock activity's default, a national deadline of the bestuursorgaan. A waiting period is missed when
    // the act comes before its end (Wmo 2.3.2 lid 2: no gesprek within seven days of the persoonlijk plan window).
    public static TheoryData<string, string?, string?, string?, string, string, string> Tables => new()
    {
        { "college's statutory deadline, decided late", "bestuursorgaan", "national", null, "2025-01-20", "2025-01-24", "breach" },
        { "no fields: the default, a statutory deadline", null, null, null, "2025-01-20", "2025-01-24", "breach" },
        { "internal norm (3-day ontvangstbevestiging)", "bestuursorgaan", "internal", null, "2025-01-09", "2025-01-10", "norm missed" },
        { "contract term the aanbieder owes", "aanbieder", "contract", null, "2025-01-13", "2025-01-20", "norm missed" },
        { "contract term met", "gemeente-contractpartij", "contract", null, "2025-01-13", "2025-01-10", "norm met" },
        { "waiting period: act before its end", "bestuursorgaan", "national", "waiting-period", "2025-01-13", "2025-01-10", "norm missed" },
        { "waiting period respected", "bestuursorgaan", "national", "waiting-period", "2025-01-13", "2025-01-14", "norm met" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Analyze_ClockProfile_DecidesTheTable(
        string situation, string? owedBy, string? origin, string? termKind, string deadline, string acted, string expected)
    {
        // Arrange
        var on = DateOnly.ParseExact(acted, "yyyy-MM-dd");
        var journal = new JournalBuilder().Case("c").Started()
            .Clock(CaseworkEvents.ClockStarted, deadline, "termijn", owedBy: owedBy, origin: origin, termKind: termKind)
            .On(on.Year, on.Month, on.Day).Clock(CaseworkEvents.ClockStopped, deadline, "termijn", owedBy: owedBy, origin: origin, termKind: termKind)
            .Finished();

        // Act
        var report = await Analyze(journal);

        // Assert
        var actual = report.Breaches.Any(r => r.Breached > 0) ? "breach"
            : report.NormMisses.Any(r => r.Missed > 0) ? "norm missed"
            : report.NormMisses.Count == 1 ? "norm met"
            : "other";
        Assert.True(expected == actual, $"{situation}: expected {expected}, got {actual}");
    }

    [Fact]
    public async Task Analyze_PrematureIngebrekestelling_CountedApartAndOwesNothing()
    {
        // Arrange: deadline 20 Jan; ingebrekestelling received 15 Jan, before the term expired (no effect); decided
        // 28 Feb, far past the first penalty day a valid ingebrekestelling would have given.
        var journal = new JournalBuilder().Case("c").Started()
            .Clock(CaseworkEvents.ClockStarted, "2025-01-20")
            .On(2025, 1, 15).Ingebrekestelling("2025-01-15")
            .On(2025, 2, 28).Clock(CaseworkEvents.ClockStopped, "2025-01-20").Finished();

        // Act
        var report = await Analyze(journal);

        // Assert
        var row = Assert.Single(report.Breaches);
        Assert.Equal((1, 0, 0m), (row.PrematureIngebrekestellingen!.Value, row.Ingebrekestellingen!.Value, row.DwangsomOwed!.Value));
    }
}
