using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;
using Xunit.Abstractions;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>
/// The journal contract end to end: RW-1 cases driven through the real worklist and handlers write a journal, and the
/// friction report read from that journal must count what the caseworkers actually did — the decisions, the
/// deviations, the suspensions and extensions on the case files' clocks, and the annotated minutes of every step done.
/// A writer and a reader that disagree on an event kind or a payload field make these figures drift.
/// </summary>
public sealed class FrictionOfDrivenCasesTests(ITestOutputHelper output)
{
    private const string DefinitionId = "rw1-wmo-maatwerkvoorziening";

    private static readonly CaseStart Start = new("wmo-maatwerkvoorziening", DefinitionId, WithSubject: true, "Ondersteuning thuis");

    /// <summary>Task actions that reach the suspension (aanvulling) and the verdaging, besides the discretion points.</summary>
    private static readonly Dictionary<string, string[]> Actions = new(StringComparer.Ordinal)
    {
        ["AanvraagCompleet"] = ["Aanvulling nodig", "Compleet"],
        ["BesluitVoorbereiden"] = ["Verdagen", "Gereed"],
        ["LeveringVolgen"] = ["Verzoek om wijziging"],
    };

    [Fact]
    public async Task Analyze_JournalOfDrivenCases_CountsTheDecisionsSuspensionsAndMinutesThatHappened()
    {
        // Arrange: drive RW-1 until every option of every discretion point was chosen once.
        using var host = await ReferenceWorkflowHost.CreateAsync();
        var cover = new DiscretionCover([host.Definitions[DefinitionId]], host.Definitions, host.Settings);
        var runner = new CoverRunner(host, new CaseDriver(host, Teams.WijkteamNoord(host)), cover, output.WriteLine);
        await runner.RunAsync(Start, (i, choices) => new RunPlan($"RW-1 run {i + 1}", choices, Actions), _ => { });
        var runs = runner.Runs;
        var caseFiles = new List<CaseFile>();
        foreach (var run in runs) caseFiles.Add((await host.CaseFiles.FindAsync(run.CaseFileId))!);
        var analyzer = new FrictionAnalyzer(new ReportOptions
        {
            SmallGroupThreshold = 1,
            Definitions = [.. host.Definitions.Values],
            TeamLookup = new DictionaryCaseTeamLookup(caseFiles.ToDictionary(c => c.Id, c => c.Team)),
        });

        // Act
        var report = await analyzer.AnalyzeAsync(host.Instances.ReadAsync(0));

        // Assert: every case, every decision and every deviation from the default.
        // Rule-bound checks (the inwoner's provider, the pgb tariff, the eigen-bijdrage category, the woonplaats) are
        // no discretion and stay out of the discretion figures (review item 9).
        string[] rules = ["RW1-DP14", "RW1-DP16", "RW1-DP17", "RW2-DP4"];
        Assert.DoesNotContain(report.Discretion, r => rules.Contains(r.DiscretionId));
        var decisions = runs.SelectMany(r => r.Decisions).Where(d => !rules.Contains(d.DiscretionId)).ToList();
        Assert.Equal(runs.Count, report.Summary.Cases);
        Assert.Equal(decisions.Count, report.Discretion.Sum(r => r.Decisions ?? 0));
        var deviations = decisions.Count(d => d.Option != d.OfferedDefault);
        Assert.True(deviations > 0, "the cover chose no deviating option; the deviation count would prove nothing");
        Assert.Equal(deviations, report.Discretion.Sum(r => r.Deviations ?? 0));
        foreach (var group in decisions.GroupBy(d => d.DiscretionId))
            Assert.Equal(group.Count(), report.Discretion.Where(r => r.DiscretionId == group.Key).Sum(r => r.Decisions ?? 0));

        // The suspensions and extensions the case files' clocks went through.
        var transitions = caseFiles.SelectMany(c => c.Clocks).SelectMany(c => c.Transitions).ToList();
        var suspensions = transitions.Count(t => t.Action == ClockAction.Suspend);
        Assert.True(suspensions > 0, "no case was suspended; the suspension count would prove nothing");
        Assert.Equal(suspensions, report.Suspensions.Sum(r => r.Suspensions ?? 0));
        Assert.Equal(transitions.Count(t => t.Action == ClockAction.Extend), report.Suspensions.Sum(r => r.Extensions ?? 0));

        // The burden of each step a caseworker did: executions and the annotated minutes of those executions.
        var definition = host.Definitions[DefinitionId];
        var done = runs.SelectMany(r => r.Tasks.Where(t => t.DefinitionId == DefinitionId).Select(t => t.ActivityId)
                .Concat(r.Decisions.Where(d => d.DefinitionId == DefinitionId).Select(d => d.ActivityId)))
            .GroupBy(id => id, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(done);
        foreach (var step in done)
        {
            var rows = report.Burden.Where(r => r.Workflow == DefinitionId && r.StepId == step.Key).ToList();
            Assert.True(rows.Count > 0, $"{step.Key}: done {step.Count()} times, but the report has no burden row for it");
            Assert.Equal(step.Count(), rows.Sum(r => r.Executions ?? 0));
            var minutes = FrictionAnnotation.Parse(definition.ActivitiesById[step.Key].FrictionJson).Minutes;
            // Each row rounds its hours to 2 decimals, so the sum may differ by half a cent-hour per row.
            var tolerance = 0.005 * rows.Count + 1e-9;
            Assert.InRange(rows.Sum(r => r.ProfessionalHours ?? 0), step.Count() * minutes / 60 - tolerance, step.Count() * minutes / 60 + tolerance);
        }
    }
}
