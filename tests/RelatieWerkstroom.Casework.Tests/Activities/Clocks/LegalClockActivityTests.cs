using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Activities.Clocks;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Activities.Clocks;

public sealed class LegalClockActivityTests
{
    private static JsonNode Payload(IEnumerable<JournalEntry> journal, string kind) => JsonNode.Parse(Assert.Single(journal, e => e.Kind == kind).PayloadJson!)!;

    private static async Task CompleteAsync(CaseworkHost host, string instanceId, string operationId)
    {
        var bookmark = Assert.Single((await host.InstanceAsync(instanceId)).Bookmarks);
        await host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, bookmark.Id, "Gereed", null, operationId));
    }

    [Fact]
    public void Describe_LegalClock_HasStableTypeNameAndActionDropdown()
    {
        // Act
        var descriptor = ActivityDescriber.Describe(typeof(LegalClockActivity));

        // Assert
        Assert.Equal("RelatieWerkstroom.LegalClock", descriptor.TypeName);
        Assert.False(descriptor.Blocking);
        Assert.Equal(["Done"], descriptor.Outcomes);
        var action = Assert.Single(descriptor.Inputs, i => i.Name == "action");
        Assert.Equal(["start", "suspend", "resume", "extend", "stop", "expire"], action.Options!);
        Assert.Equal(5, Assert.Single(descriptor.Inputs, i => i.Name == "warningWorkingDays").DefaultValue);
    }

    [Fact]
    public async Task Start_TwoWeeks_StoresClockWithDeadlineAndWarningAndJournalsIt()
    {
        // Arrange: Monday 2 March 2026.
        using var host = new CaseworkHost();
        var flow = new FlowBuilder("wf").Start().Clock("c", "start", term: "2 weeks", legalBasis: "Wmo 2015 art. 2.3.5 lid 2").Task("t").End()
            .Chain("start", "c", "t", "end").Build();

        // Act
        var opened = await host.OpenAsync(flow, TestUsers.Consulent);

        // Assert: 2 March + 14 days = Monday 16 March; five working days earlier is Monday 9 March.
        var clock = (await host.CaseFileAsync(opened.CaseFileId)).Clock("beslistermijn")!;
        Assert.Equal(new DateOnly(2026, 3, 2), clock.Start);
        Assert.Equal(new DateOnly(2026, 3, 16), clock.Deadline);
        Assert.Equal(new DateOnly(2026, 3, 9), clock.WarningDate);
        Assert.True(clock.IsRunning);
        var started = Payload(await host.JournalAsync(opened.InstanceId), CaseworkEvents.ClockStarted);
        Assert.Equal("beslistermijn", (string?)started["clock"]);
        Assert.Equal("2 weeks", (string?)started["term"]);
        Assert.Equal("2026-03-16", (string?)started["deadline"]);
        Assert.Equal("Wmo 2015 art. 2.3.5 lid 2", (string?)started["legalBasis"]);
        var running = Assert.Single(await host.CaseFiles.FindRunningClocksAsync());
        Assert.Equal(opened.CaseFileId, running.CaseFileId);
        Assert.Equal(new DateOnly(2026, 3, 16), running.Clock.Deadline);
    }

    [Fact]
    public async Task SuspendResumeStop_DeadlineMovesBySuspendedDaysAndLateStopIsBreached()
    {
        // Arrange
        using var host = new CaseworkHost();
        var flow = new FlowBuilder("wf").Start()
            .Clock("start-clock", "start", term: "2 weeks").Task("t1")
            .Clock("suspend", "suspend", reason: "Aanvulling gevraagd (Awb 4:5, 4:15 lid 1 sub a)", legalBasis: "Awb 4:15").Task("t2")
            .Clock("resume", "resume").Task("t3")
            .Clock("stop", "stop").End()
            .Chain("start", "start-clock", "t1", "suspend", "t2", "resume", "t3", "stop", "end").Build();
        var opened = await host.OpenAsync(flow, TestUsers.Consulent);

        // Act: suspended on Wednesday 4 March, aanvulling received Wednesday 11 March, decided Wednesday 25 March.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));
        await CompleteAsync(host, opened.InstanceId, "op-1");
        var whileSuspended = (await host.CaseFileAsync(opened.CaseFileId)).Clock("beslistermijn")!;
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero));
        await CompleteAsync(host, opened.InstanceId, "op-2");
        var afterResume = (await host.CaseFileAsync(opened.CaseFileId)).Clock("beslistermijn")!;
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 25, 9, 0, 0, TimeSpan.Zero));
        await CompleteAsync(host, opened.InstanceId, "op-3");

        // Assert: 7 suspended days move 16 March to Monday 23 March; stopping on 25 March is 2 days late.
        Assert.True(whileSuspended.IsSuspended);
        Assert.Null(whileSuspended.Deadline);
        Assert.Equal(7, afterResume.SuspendedDays);
        Assert.Equal(new DateOnly(2026, 3, 23), afterResume.Deadline);
        var journal = await host.JournalAsync(opened.InstanceId);
        var suspended = Payload(journal, CaseworkEvents.ClockSuspended);
        Assert.Equal("2026-03-16", (string?)suspended["deadline"]);
        Assert.True((bool)suspended["suspended"]!);
        Assert.Equal("Aanvulling gevraagd (Awb 4:5, 4:15 lid 1 sub a)", (string?)suspended["reason"]);
        Assert.Equal("Awb 4:15", (string?)suspended["legalBasis"]);
        Assert.Equal("2026-03-23", (string?)Payload(journal, CaseworkEvents.ClockResumed)["deadline"]);
        var stopped = Payload(journal, CaseworkEvents.ClockStopped);
        Assert.Equal(-2, (int)stopped["daysLeft"]!);
        Assert.True((bool)stopped["breached"]!);
        var clock = (await host.CaseFileAsync(opened.CaseFileId)).Clock("beslistermijn")!;
        Assert.Equal(new DateOnly(2026, 3, 25), clock.StoppedOn);
        Assert.Equal([ClockAction.Start, ClockAction.Suspend, ClockAction.Resume, ClockAction.Stop], clock.Transitions.Select(t => t.Action));
        Assert.Empty(await host.CaseFiles.FindRunningClocksAsync());
    }

    [Fact]
    public async Task Start_OnTheRecordedReceiptDay_TermRunsFromThatDayNotFromTheStep()
    {
        // Arrange: the aanvraag was received Friday 27 February 2026; the step runs Monday 2 March. Awb 4:13 and Wmo
        // 2.3.5 count "na ontvangst van de aanvraag": 27 Feb + 2 weeks = Friday 13 March, not 16 March.
        using var host = new CaseworkHost();
        var flow = new FlowBuilder("wf").Start().Clock("c", "start", term: "2 weeks", on: "2026-02-27", verdaging: "none").Task("t").End()
            .Chain("start", "c", "t", "end").Build();

        // Act
        var opened = await host.OpenAsync(flow, TestUsers.Consulent);

        // Assert
        var clock = (await host.CaseFileAsync(opened.CaseFileId)).Clock("beslistermijn")!;
        Assert.Equal((new DateOnly(2026, 2, 27), new DateOnly(2026, 3, 13)), (clock.Start, clock.Deadline!.Value));
        var started = Payload(await host.JournalAsync(opened.InstanceId), CaseworkEvents.ClockStarted);
        Assert.Equal(("2026-02-27", "bestuursorgaan", "deadline", "national"),
            ((string?)started["start"], (string?)started["owedBy"], (string?)started["termKind"], (string?)started["origin"]));
    }

    [Fact]
    public async Task BezwaarChain_TermOfTheInwonerExpiresOnItsLastDayAnd710StartsTheDayAfter()
    {
        // Arrange: besluit sent Monday 15 February 2027. The bezwaartermijn (6:7, 6:8) runs from 16 Feb for six weeks
        // to Monday 29 March, Tweede Paasdag, so it ends Tuesday 30 March (Atw art. 1). The flow notices on 7 April
        // (after the postal week of 6:9 lid 2) that no bezwaar came: the term expired on 30 March, not on 7 April. A
        // late bezwaar would then start 7:10 from its receipt; here a timely one is assumed to show the ordinary
        // start: 7:10 lid 1 counts from the day after the bezwaartermijn, so six weeks end Tuesday 11 May 2027.
        using var host = new CaseworkHost();
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 4, 7, 9, 0, 0, TimeSpan.Zero));
        var flow = new FlowBuilder("wf").Start()
            .Clock("bt", "start", "bezwaartermijn", term: "6 weeks", legalBasis: "Awb art. 6:7, 6:8", on: "2027-02-15", owedBy: "inwoner")
            .Clock("exp", "expire", "bezwaartermijn")
            .Clock("bs", "start", "beslistermijn-bezwaar", term: "6 weeks", legalBasis: "Awb art. 7:10 lid 1", on: "clock:bezwaartermijn", verdaging: "awb-7:10")
            .Task("t").End()
            .Chain("start", "bt", "exp", "bs", "t", "end").Build();

        // Act
        var opened = await host.OpenAsync(flow, TestUsers.Consulent);

        // Assert
        var file = await host.CaseFileAsync(opened.CaseFileId);
        var termijn = file.Clock("bezwaartermijn")!;
        Assert.Equal((new DateOnly(2027, 3, 30), true), (termijn.StoppedOn!.Value, termijn.Expired));
        Assert.False(termijn.IsBreached(new DateOnly(2027, 4, 7)));
        var bezwaar = file.Clock("beslistermijn-bezwaar")!;
        Assert.Equal((new DateOnly(2027, 3, 30), new DateOnly(2027, 5, 11)), (bezwaar.Start, bezwaar.Deadline!.Value));
        var expired = Payload(await host.JournalAsync(opened.InstanceId), CaseworkEvents.ClockExpired);
        Assert.Equal(("2027-03-30", "inwoner"), ((string?)expired["on"], (string?)expired["owedBy"]));
        Assert.DoesNotContain(await host.CaseFiles.FindRunningClocksAsync(), r => r.Clock.Name == "bezwaartermijn");
    }

    [Fact]
    public async Task Extend_SixWeeksEndingOnKoningsdag_MovesToNextWorkingDay()
    {
        // Arrange
        using var host = new CaseworkHost();
        var flow = new FlowBuilder("wf").Start().Clock("c", "start", term: "2 weeks")
            .Clock("x", "extend", extension: "6 weeks", reason: "Verdaging (Awb 4:14 lid 3)").Task("t").End()
            .Chain("start", "c", "x", "t", "end").Build();

        // Act
        var opened = await host.OpenAsync(flow, TestUsers.Consulent);

        // Assert: 16 March + 42 days = Monday 27 April 2026, Koningsdag, so Tuesday 28 April (Atw art. 1).
        var clock = (await host.CaseFileAsync(opened.CaseFileId)).Clock("beslistermijn")!;
        Assert.Equal(new DateOnly(2026, 4, 28), clock.Deadline);
        var extended = Payload(await host.JournalAsync(opened.InstanceId), CaseworkEvents.ClockExtended);
        Assert.Equal("6 weeks", (string?)extended["term"]);
        Assert.Equal("2026-04-28", (string?)extended["deadline"]);
    }

    [Fact]
    public async Task Start_TermFromSettings_UsesTheMunicipalityTerm()
    {
        // Arrange
        var settings = new MunicipalitySettings
        {
            Municipality = "Gemeente Voorbeeld",
            Terms = new Dictionary<string, LegalTerm>(StringComparer.OrdinalIgnoreCase) { ["onderzoekstermijn"] = LegalTerm.Weeks(6) },
        };
        using var host = new CaseworkHost(settings);
        var flow = new FlowBuilder("wf").Start().Clock("c", "start", clock: "onderzoek", term: "setting:onderzoekstermijn").Task("t").End()
            .Chain("start", "c", "t", "end").Build();

        // Act
        var opened = await host.OpenAsync(flow, TestUsers.Consulent);

        // Assert: 2 March + 42 days = Monday 13 April 2026.
        Assert.Equal(new DateOnly(2026, 4, 13), (await host.CaseFileAsync(opened.CaseFileId)).Clock("onderzoek")!.Deadline);
    }

    public static TheoryData<FlowBuilder, string, int> FaultingFlows => new()
    {
        { new FlowBuilder("wf").Start().Clock("c", "start", term: "setting:beslistermijn").End().Chain("start", "c", "end"),
            "refers to a term the settings of (geen gemeente ingesteld) do not define; defined terms: none", 0 },
        { new FlowBuilder("wf").Start().Clock("c", "start", term: "2 weeks").Clock("c2", "start", term: "2 weeks").End().Chain("start", "c", "c2", "end"),
            "clock 'beslistermijn' already runs since 2026-03-02", 1 },
        { new FlowBuilder("wf").Start().Clock("c", "resume").End().Chain("start", "c", "end"),
            "clock 'beslistermijn' cannot resume: it was never started", 0 },
        { new FlowBuilder("wf").Start().Clock("c", "start", term: "2 weeks").Clock("r", "resume").End().Chain("start", "c", "r", "end"),
            "Cannot resume 'beslistermijn': it is not suspended", 1 },
    };

    [Theory]
    [MemberData(nameof(FaultingFlows))]
    public async Task Run_ImpossibleClockChange_FaultsWithReasonAndStoresNoClockChange(FlowBuilder flow, string message, int clocksKept)
    {
        // Arrange
        using var host = new CaseworkHost();

        // Act
        var opened = await host.OpenAsync(flow.Build(), TestUsers.Consulent);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, opened.Status);
        Assert.Contains(message, (await host.InstanceAsync(opened.InstanceId)).Incident!.Message);
        // A faulted burst is still committed (with its incident): a clock started before the fault is kept, the failed change is not.
        var clocks = (await host.CaseFileAsync(opened.CaseFileId)).Clocks;
        Assert.Equal(clocksKept, clocks.Count);
        Assert.All(clocks, c => Assert.Equal([ClockAction.Start], c.Transitions.Select(t => t.Action)));
    }

    [Fact]
    public async Task Run_WithoutCaseFile_FaultsAndSaysWhy()
    {
        // Arrange
        using var host = new CaseworkHost();
        var definition = await host.ImportAsync(new FlowBuilder("wf").Start().Clock("c", "start", term: "2 weeks").End().Chain("start", "c", "end").Build());

        // Act
        var result = await host.Runtime.StartAsync(definition);

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Contains("needs a case file", result.Incident!.Message);
    }

    public static TheoryData<string, string?, string?, string?, string, string> BadDefinitions => new()
    {
        { "pauzeren", null, null, null, "action", "unknown clock action 'pauzeren'" },
        { "start", null, null, null, "term", "a start needs a term" },
        { "start", "twee weken", null, null, "term", "'twee weken' is not a term" },
        { "start", "48 hours", null, null, "term", "a legal clock counts days" },
        { "start", "setting:", null, null, "term", "names no setting" },
        { "suspend", null, null, null, "reason", "a suspension (opschorting, Awb 4:15) needs a reason" },
        { "extend", null, "Verdaging", null, "extension", "an extension needs a term" },
        { "extend", null, null, "6 weeks", "reason", "an extension (verdaging, Awb 4:14) needs a reason" },
    };

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public void Validate_BadClockConfiguration_ReportsProblemAtItsPath(string action, string? term, string? reason, string? extension, string path, string message)
    {
        // Arrange
        var definition = new FlowBuilder("wf").Start().Clock("c", action, term: term, reason: reason, extension: extension).Chain("start", "c").Build();

        // Act
        var problems = new DefinitionValidator(CaseworkHost.CreateRegistry()).Validate(definition);

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("c", problem.ActivityId);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
    }
}
