namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>Drives cases with greedy plans until every option of every discretion point of the cover was chosen.</summary>
public sealed class CoverRunner(ReferenceWorkflowHost host, CaseDriver driver, DiscretionCover cover, Action<string>? log = null)
{
    public List<CaseRun> Runs { get; } = [];

    /// <summary>
    /// Runs plans made by <paramref name="plan"/> from the cover's next choices; checks each run (common checks first,
    /// then <paramref name="check"/>). Stops when the cover is complete; fails when a run adds nothing.
    /// </summary>
    public async Task RunAsync(CaseStart start, Func<int, Dictionary<string, string>, RunPlan> plan, Action<CaseRun> check, int maxRuns = 30)
    {
        for (var i = 0; !cover.IsComplete; i++)
        {
            Assert.True(i < maxRuns, $"still uncovered after {maxRuns} runs: {string.Join(", ", cover.Uncovered)}");
            var run = await driver.RunAsync(start, plan(i, cover.NextChoices()));
            Runs.Add(run);
            ReferenceChecks.Verify(run, () => ReferenceChecks.Common(host, run));
            ReferenceChecks.Verify(run, () => check(run));
            var added = cover.Record(run.Decisions.Select(d => (d.DiscretionId, d.Option)));
            log?.Invoke($"run {i + 1}: {run.Decisions.Count} decisions ({run.Decisions.Count(d => d.Option != d.OfferedDefault)} deviating), " +
                $"{run.Tasks.Count} tasks, {run.TimersFired} timers, {added} new options; {cover.Total - cover.Uncovered.Count}/{cover.Total} covered");
            Assert.True(added > 0, $"{run} chose no new option; still uncovered: {string.Join(", ", cover.Uncovered)}");
        }
    }
}
