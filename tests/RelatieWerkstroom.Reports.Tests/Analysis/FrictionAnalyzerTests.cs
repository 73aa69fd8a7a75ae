using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Tests.Support;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Tests.Analysis;

// Every expected figure below was worked out by hand from the journal written in the test; see the comments.
public sealed class FrictionAnalyzerTests
{
    private static readonly ReportOptions NoSuppression = new() { SmallGroupThreshold = 1, AsOf = new DateOnly(2025, 3, 3) };

    private static Task<FrictionReport> Analyze(JournalBuilder.CaseBuilder journal, ReportOptions? options = null) =>
        new FrictionAnalyzer(options ?? NoSuppression, FixedTime.Default).AnalyzeAsync(journal.Stream());

    [Fact]
    public async Task Clocks_DecidedLateSuspendedAndOpen_LeadTimeMarginsAndDwangsomMatchHandCalculation()
    {
        // c1: 6 Jan → 17 Jan, deadline 20 Jan: lead 11, margin +3 (within).
        // c2: suspended 8→13 Jan (5 days), deadline moved to 27 Jan, warning, decided 30 Jan: lead 24, margin −3. Breach without
        //     ingebrekestelling: potential first penalty day = 28 Jan + 14 = 11 Feb, decided before it → €0.
        // c3: deadline 20 Jan, ingebrekestelling received 22 Jan, decided 10 Feb: lead 35, margin −21. First penalty day
        //     = max(21 Jan, 22 Jan) + 14 = 5 Feb; days 5..9 Feb = 5 × €23 = €115 owed (received after 1-1-2019: indexed tariff).
        // c4: deadline 20 Jan, never decided, as of 3 Mar: potential first day 21 Jan + 14 = 4 Feb; 4 Feb..3 Mar = 28 days
        //     = 14 × €23 + 14 × €35 = €812, a theoretical maximum.
        var journal = new JournalBuilder()
            .Case("c1", team: "noord").Started().Clock(CaseworkEvents.ClockStarted, "2025-01-20")
                .On(2025, 1, 17).Clock(CaseworkEvents.ClockStopped, "2025-01-20").Finished()
            .Case("c2", team: "noord").Started().Clock(CaseworkEvents.ClockStarted, "2025-01-20")
                .On(2025, 1, 8).Clock(CaseworkEvents.ClockSuspended, "2025-01-20", reason: "aanvulling gevraagd")
                .On(2025, 1, 13).Clock(CaseworkEvents.ClockResumed, "2025-01-27")
                .On(2025, 1, 22).ClockSignal(CaseworkEvents.ClockWarning, "2025-01-27")
                .On(2025, 1, 30).Clock(CaseworkEvents.ClockStopped, "2025-01-27").Finished()
            .Case("c3", team: "noord").Started().Clock(CaseworkEvents.ClockStarted, "2025-01-20")
                .On(2025, 1, 21).ClockSignal(CaseworkEvents.ClockBreached, "2025-01-20")
                .On(2025, 1, 22).Ingebrekestelling("2025-01-22")
                .On(2025, 2, 10).Clock(CaseworkEvents.ClockStopped, "2025-01-20").Finished()
            .Case("c4", team: "noord").Started().Clock(CaseworkEvents.ClockStarted, "2025-01-20");

        var report = await Analyze(journal);

        var lead = Assert.Single(report.LeadTimes);
        Assert.Equal(("wmo-maatwerk", "noord", "2025-01", "beslistermijn"), (lead.Workflow, lead.Team, lead.Period, lead.Clock));
        Assert.Equal(4, lead.Cases);
        Assert.Equal(3, lead.Decided);
        Assert.Equal(1, lead.Open);
        Assert.Equal(1, lead.WithinTerm);
        Assert.Equal(33.3, lead.PercentWithinTerm);
        Assert.Equal(23.33, lead.MeanLeadTimeDays); // (11 + 24 + 35) / 3
        Assert.Equal(24, lead.MedianLeadTimeDays);
        Assert.Equal((-21, -3, 3), (lead.MarginMinDays!.Value, lead.MarginMedianDays!.Value, lead.MarginMaxDays!.Value));

        var breach = Assert.Single(report.Breaches);
        Assert.Equal(3, breach.Breached);
        Assert.Equal(0.75, breach.BreachRate);
        Assert.Equal(1, breach.Warnings);
        Assert.Equal(1, breach.Ingebrekestellingen);
        Assert.Equal(115m, breach.DwangsomOwed);
        Assert.Equal(812m, breach.PotentialExposure);

        var suspension = Assert.Single(report.Suspensions);
        Assert.Equal((1, 1, 5), (suspension.CasesSuspended!.Value, suspension.Suspensions!.Value, suspension.SuspendedDays!.Value));
    }

    [Fact]
    public async Task TouchWaitAndBurden_TwoTasksAndAServiceStep_MatchHandCalculation()
    {
        // intake (national, consulent, 30 min prof., 15 min citizen): c1 waits 24 h and is worked 2 h; c2 waits 48 h, 1 h.
        // check (local, backoffice, 10 min prof., €5 out of pocket): c1 only.
        // Tariffs: consulent €60/h, backoffice €40/h, citizen hour €20 (ranking only).
        var intake = Friction.Of(RuleOrigin.National, "consulent", 30, citizenMinutes: 15);
        var check = Friction.Of(RuleOrigin.Local, "backoffice", 10, outOfPocket: 5, basis: "Verordening Wmo art. 4");
        var journal = new JournalBuilder()
            .Case("c1", team: "noord").Started().Task("intake", "Intake", "consulent", intake, waitHours: 24, touchHours: 2)
                .Step("check", "Controle", check).Finished()
            .Case("c2", team: "noord").Started().Task("intake", "Intake", "consulent", intake, waitHours: 48, touchHours: 1).Finished();
        var tariffs = new SkmTariffTable("Testtarieven", new Dictionary<string, decimal> { ["consulent"] = 60m, ["backoffice"] = 40m }, 50m, 20m);

        var report = await Analyze(journal, NoSuppression with { Tariffs = tariffs });

        var touch = Assert.Single(report.TouchWait, r => r.StepId == "intake");
        Assert.Equal(2, touch.Executions);
        Assert.Equal(3.0, touch.ObservedTouchHours);
        Assert.Equal(1.0, touch.NominalTouchHours);
        Assert.Equal(72.0, touch.WaitHours);
        Assert.Equal(72.0, touch.WaitForStaffHours);
        Assert.Equal(0.96, touch.WaitShare); // 72 / (72 + 3)

        var intakeBurden = Assert.Single(report.Burden, r => r.StepId == "intake");
        Assert.Equal((2, 1.0, 60.00m, 0.5), (intakeBurden.Executions!.Value, intakeBurden.ProfessionalHours!.Value,
            intakeBurden.ProfessionalEuros!.Value, intakeBurden.CitizenHours!.Value));
        Assert.Equal(RuleOrigin.National, intakeBurden.Origin);
        var checkBurden = Assert.Single(report.Burden, r => r.StepId == "check");
        Assert.Equal((6.67m, 5m, "Verordening Wmo art. 4"), (checkBurden.ProfessionalEuros!.Value, checkBurden.CitizenOutOfPocket!.Value, checkBurden.Basis));

        var national = Assert.Single(report.BurdenByOrigin, r => r.Origin == RuleOrigin.National);
        Assert.Equal(0.9, national.ShareOfProfessionalEuros); // 60 / 66.67

        // Cost: intake 60 + 0.5 h × €20 = 70; check 6.67 + 5 = 11.67; share of intake 70 / 81.67.
        var top = report.Hotspots[0];
        Assert.Equal(("intake", 70.00m, 0.8571), (top.StepId, top.TotalCost!.Value, top.ShareOfTotal!.Value));
        Assert.Equal("nog te bepalen", top.Alternative);
        Assert.Equal("Wmo 2015 art. 2.3.2 lid 1", top.Basis);
        Assert.Equal("Zorgvuldig onderzoek", top.Purpose);
        Assert.Equal(1.5, top.MeanWaitDays); // (24 + 48) h / 2 executions = 36 h
        Assert.Equal(2, report.Hotspots.Count);
    }

    [Fact]
    public async Task ReworkHandoversVariants_RepeatedOnderzoek_MatchHandCalculation()
    {
        // c1 roles: consulent(a) consulent(b) teamleider(c) consulent(b) teamleider(c):
        //    role handovers 3 (c→t, t→c, c→t), two of them back to the role before (ping-pong), actor handovers 4.
        // c2 roles: consulent(a) consulent(a) teamleider(c): 1 role handover, 1 actor handover.
        var f = Friction.Of(RuleOrigin.Internal, "consulent", 20);
        var journal = new JournalBuilder()
            .Case("c1", team: "noord").Started()
                .Task("intake", "Intake", "consulent", f, actor: "a").Task("onderzoek", "Onderzoek", "consulent", f, actor: "b")
                .Task("toets", "Toets", "teamleider", f, actor: "c").Task("onderzoek", "Onderzoek", "consulent", f, actor: "b")
                .Task("toets", "Toets", "teamleider", f, actor: "c").Finished()
            .Case("c2", team: "noord").Started()
                .Task("intake", "Intake", "consulent", f, actor: "a").Task("onderzoek", "Onderzoek", "consulent", f, actor: "a")
                .Task("toets", "Toets", "teamleider", f, actor: "c").Finished();

        var report = await Analyze(journal);

        var handovers = Assert.Single(report.Handovers);
        Assert.Equal((2, 4, 5, 2), (handovers.Cases, handovers.RoleHandovers!.Value, handovers.ActorHandovers!.Value, handovers.PingPongs!.Value));
        Assert.Equal(2.0, handovers.MeanRoleHandovers);

        var onderzoek = Assert.Single(report.Rework, r => r.StepId == "onderzoek");
        Assert.Equal((2, 1, 1, 0.5), (onderzoek.Instances!.Value, onderzoek.InstancesWithRework!.Value, onderzoek.ExtraExecutions!.Value, onderzoek.ReworkRate!.Value));
        Assert.Equal(0, Assert.Single(report.Rework, r => r.StepId == "intake").InstancesWithRework);

        Assert.Equal(
            ["Intake → Onderzoek → Toets", "Intake → Onderzoek → Toets → Onderzoek → Toets"],
            report.Variants.Select(v => v.Variant).Order(StringComparer.Ordinal));
        var summary = Assert.Single(report.VariantSummaries);
        Assert.Equal((2, 2), (summary.Instances, summary.DistinctVariants));
    }

    [Fact]
    public async Task DiscretionBezwaarReassessment_FourCasesTwoTeams_MatchHandCalculation()
    {
        // noord: c1 default (no reason), c2 deviates (reason 120 chars). zuid: c3 and c4 deviate (80 and 100 chars).
        // Decisions: c1 toekennen (re-assessment, was toekennen: unchanged), c2 toekennen (re-assessment, was afwijzen),
        // c3 and c4 afwijzen; one bezwaar against afwijzen.
        var journal = new JournalBuilder()
            .Case("c1", team: "noord").Started().Discretion("dp", "RW1-DP10", "standaard", "standaard")
                .Decision("toekennen", reassessment: true, previous: "toekennen").Finished()
            .Case("c2", team: "noord").Started().Discretion("dp", "RW1-DP10", "maatwerk", "standaard", reasonLength: 120)
                .Decision("toekennen", reassessment: true, previous: "afwijzen").Finished()
            .Case("c3", team: "zuid").Started().Discretion("dp", "RW1-DP10", "maatwerk", "standaard", reasonLength: 80)
                .Decision("afwijzen").Bezwaar("afwijzen").Finished()
            .Case("c4", team: "zuid").Started().Discretion("dp", "RW1-DP10", "maatwerk", "standaard", reasonLength: 100)
                .Decision("afwijzen").Finished();

        var report = await Analyze(journal);

        var noord = Assert.Single(report.Discretion, r => r.Team == "noord");
        Assert.Equal((2, 1, 0.5, 1, 120.0), (noord.Decisions!.Value, noord.Deviations!.Value, noord.DeviationRate!.Value, noord.ReasonsGiven!.Value, noord.MeanReasonLength!.Value));
        var zuid = Assert.Single(report.Discretion, r => r.Team == "zuid");
        Assert.Equal((2, 2, 1.0, 90.0), (zuid.Decisions!.Value, zuid.Deviations!.Value, zuid.DeviationRate!.Value, zuid.MeanReasonLength!.Value));

        var variation = Assert.Single(report.DiscretionTeamVariation);
        Assert.Equal((2, 0.5, 1.0, 0.5), (variation.TeamsCompared, variation.MinDeviationRate!.Value, variation.MaxDeviationRate!.Value, variation.Spread!.Value));

        var standaardNoord = Assert.Single(report.DiscretionOptions, r => r.Team == "noord" && r.Option == "standaard");
        Assert.True(standaardNoord.IsDefault);
        Assert.Equal(0.5, standaardNoord.Share);

        var afwijzen = Assert.Single(report.Bezwaar, r => r.DecisionOption == "afwijzen");
        Assert.Equal((2, 1, 0.5), (afwijzen.Decisions!.Value, afwijzen.Bezwaren!.Value, afwijzen.BezwaarRate!.Value));
        Assert.Equal(0.0, Assert.Single(report.Bezwaar, r => r.DecisionOption == "toekennen").BezwaarRate);

        var reassessment = Assert.Single(report.Reassessments);
        Assert.Equal((2, 1, 0.5), (reassessment.Reassessments!.Value, reassessment.Unchanged!.Value, reassessment.UnchangedRate!.Value));
        Assert.Equal(0.75, report.Summary.DeviationRate);
    }

    [Fact]
    public async Task SmallGroups_FourCasesInOneTeamFiveInAnother_SmallTeamMarkedSuppressedNotDropped()
    {
        var f = Friction.Of(RuleOrigin.National, "consulent", 30);
        var journal = new JournalBuilder().Case("n0", team: "noord").Started().Task("intake", "Intake", "consulent", f).Finished();
        for (var i = 1; i < 4; i++) journal.Case("n" + i, team: "noord").Started().Task("intake", "Intake", "consulent", f).Finished();
        for (var i = 0; i < 5; i++) journal.Case("z" + i, team: "zuid").Started().Task("intake", "Intake", "consulent", f).Finished();

        var report = await Analyze(journal, NoSuppression with { SmallGroupThreshold = 5 });

        var noord = Assert.Single(report.Burden, r => r.Team == "noord");
        Assert.True(noord.Suppressed);
        Assert.Equal(4, noord.Cases);
        Assert.Null(noord.Executions);
        Assert.Null(noord.ProfessionalEuros);
        var zuid = Assert.Single(report.Burden, r => r.Team == "zuid");
        Assert.False(zuid.Suppressed);
        Assert.Equal(5, zuid.Executions);
        Assert.True(Assert.Single(report.TouchWait, r => r.Team == "noord").Suppressed);
        Assert.True(Assert.Single(report.Handovers, r => r.Team == "noord").Suppressed);
    }

    [Fact]
    public async Task Filters_WorkflowTeamAndIntakePeriod_OnlyMatchingCasesCounted()
    {
        var f = Friction.Of(RuleOrigin.National, "consulent", 30);
        var journal = new JournalBuilder()
            .Case("in", team: "noord").Started().Step("s", "S", f).Finished()
            .Case("other-team", team: "zuid").Started().Step("s", "S", f).Finished()
            .Case("other-flow", team: "noord", workflow: "jeugd").Started().Step("s", "S", f).Finished()
            .Case("too-late", team: "noord", start: new DateTimeOffset(2025, 2, 3, 8, 0, 0, TimeSpan.Zero)).Started().Step("s", "S", f).Finished();
        var options = NoSuppression with
        {
            Workflows = new HashSet<string> { "wmo-maatwerk" },
            Teams = new HashSet<string> { "noord" },
            From = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            To = new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero),
        };

        var report = await Analyze(journal, options);

        Assert.Equal(1, report.Manifest.CasesInScope);
        Assert.Equal(3, report.Manifest.CasesOutOfScope);
        Assert.Equal(1, Assert.Single(report.Burden).Executions);
    }

    [Fact]
    public async Task Team_LookupAndInstanceStartedPayload_LookupWinsPayloadIsFallback()
    {
        var f = Friction.Of(RuleOrigin.National, "consulent", 30);
        var journal = new JournalBuilder()
            .Case("looked-up", team: "from-payload").Started().Step("s", "S", f).Finished()
            .Case("payload-only", team: "from-payload").Started().Step("s", "S", f).Finished()
            .Case("no-team").Started().Step("s", "S", f).Finished();
        var lookup = new DictionaryCaseTeamLookup(new Dictionary<string, string> { ["looked-up"] = "from-lookup" });

        var report = await Analyze(journal, NoSuppression with { TeamLookup = lookup });

        Assert.Equal(["from-lookup", "from-payload", "onbekend"], report.Burden.Select(r => r.Team).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SuspensionReasons_DefinitionLiteralAndFreeText_FreeTextNotShown()
    {
        var journal = new JournalBuilder()
            .Case("c1").Started().Clock(CaseworkEvents.ClockStarted, "2025-01-20")
                .Clock(CaseworkEvents.ClockSuspended, "2025-01-20", reason: "Wacht op mevrouw Jansen").Finished();

        var report = await Analyze(journal);

        var reason = Assert.Single(report.SuspensionReasons);
        Assert.Equal("(vrije tekst, niet getoond)", reason.Reason);
        Assert.Equal("opschorting", reason.Action);
    }

    [Fact]
    public async Task Manifest_JournalSha256_IsTheDigestOfTheDocumentedLineOfEveryEventInOrder()
    {
        // An auditor checks the report against the journal by hashing "sequence|instance|kind|activity|utc ticks\n" for each
        // analysed event. 2 000 cases of 6 events with long ids: about 1 MB of lines, so the analyser's hashing in blocks
        // crosses its buffer many times and must still give the digest of all lines in a row.
        var builder = new JournalBuilder();
        var f = Friction.Of("national", "consulent", 10);
        JournalBuilder.CaseBuilder? journal = null;
        for (var i = 0; i < 2_000; i++)
            journal = (journal is null ? builder.Case($"zaak-{i:0000}-{new string('x', 40)}") : journal.Case($"zaak-{i:0000}-{new string('x', 40)}"))
                .Started().Step("stap-met-een-lange-naam", "S", f).Finished();
        var entries = journal!.Build();
        var lines = string.Concat(entries.Select(e => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{e.Sequence}|{e.InstanceId}|{e.Kind}|{e.ActivityId}|{e.Timestamp.UtcTicks}\n")));

        var report = await Analyze(journal);

        Assert.True(lines.Length > 3 * 64 * 1024, $"the journal's lines are {lines.Length} characters");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(lines))),
            report.Manifest.JournalSha256);
    }

    [Fact]
    public void Options_ThresholdBelowOne_RefusedWithTheOptionNamed()
    {
        var error = Assert.Throws<ArgumentException>(() => new FrictionAnalyzer(new ReportOptions { SmallGroupThreshold = 0 }));
        Assert.Contains("SmallGroupThreshold", error.Message);
    }
}
