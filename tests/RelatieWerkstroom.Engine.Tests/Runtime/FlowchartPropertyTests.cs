using FsCheck.Xunit;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Runtime;

/// <summary>
/// Random valid flowcharts (DAGs of decisions, forks, joins, waits and variables, plus counter-guarded loops) always
/// settle, and the journal accounts for every activity run exactly once.
/// </summary>
public sealed class FlowchartPropertyTests
{
    private const int MaxSteps = 300;

    [Property(MaxTest = 200, Arbitrary = [typeof(FlowRecipeArbitraries)])]
    public void RandomFlow_FiringEveryTimerAndEvent_FinishesWithConsistentJournal(FlowRecipe recipe)
    {
        var run = RunAsync(recipe).GetAwaiter().GetResult();

        // Warnings are fine (a WaitAll join behind a decision, a loop without exit): Elsa runs those too.
        Assert.True(run.Problems.Errors().Count == 0, $"valid by construction, but: {string.Join("; ", run.Problems.Errors())}");
        Assert.Equal(WorkflowStatus.Finished, run.Final.Status);
        AssertJournalAccountsForEveryRun(run);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(DeterministicFlowRecipeArbitraries)])]
    public void DeterministicFlow_RunsExactlyTheActivitiesTheFlowRulesSelect(FlowRecipe recipe)
    {
        var run = RunAsync(recipe).GetAwaiter().GetResult();

        Assert.Equal(WorkflowStatus.Finished, run.Final.Status);
        var expected = recipe.ExpectedToRun();
        Assert.Equal(expected.Order(StringComparer.Ordinal), run.Instance.ExecutionCounts.Keys.Order(StringComparer.Ordinal));
        Assert.All(run.Instance.ExecutionCounts, c => Assert.Equal(1, c.Value));
        Assert.Equal(
            expected.Where(id => recipe.Build().Kinds[Array.IndexOf(recipe.Build().Ids, id)].Kind == RecipeKind.WriteLine).Order(StringComparer.Ordinal),
            run.Lines.Order(StringComparer.Ordinal));
        AssertJournalAccountsForEveryRun(run);
    }

    private sealed record Run(IReadOnlyList<ValidationProblem> Problems, RunResult Final, WorkflowInstance Instance, List<JournalEntry> Journal, string[] Lines);

    private static async Task<Run> RunAsync(FlowRecipe recipe)
    {
        var t = new TestRuntime(new RuntimeOptions { MaxActivitiesPerBurst = 2_000 });
        var definition = recipe.Build().Definition;
        var problems = new DefinitionValidator(t.Registry).Validate(definition);
        if (problems.Errors().Count > 0) return new Run(problems, null!, null!, [], []);

        var random = new Random(recipe.FireSeed);
        var result = await t.StartAsync(definition);
        for (var step = 0; result.Status == WorkflowStatus.Suspended; step++)
        {
            Assert.True(step < MaxSteps, $"still waiting after {MaxSteps} resumes");
            Assert.NotEmpty(result.Bookmarks);
            var bookmark = result.Bookmarks[random.Next(result.Bookmarks.Count)];
            if (bookmark.DueAt is { } due)
            {
                if (due > t.Clock.GetUtcNow()) t.Clock.SetUtcNow(due);
                await t.Runtime.ResumeDueTimersAsync(t.Clock.GetUtcNow());
            }
            else
            {
                await t.Runtime.ResumeAsync(new ResumeRequest(bookmark.Id));
            }
            result = RunResult.From((await t.Instances.FindAsync(result.InstanceId))!);
            Assert.NotEqual(WorkflowStatus.Faulted, result.Status);
        }
        Assert.True(result.Status != WorkflowStatus.Faulted, result.Incident?.Message);
        var instance = (await t.Instances.FindAsync(result.InstanceId))!;
        return new Run(problems, result, instance, await t.JournalAsync(result.InstanceId), t.Lines);
    }

    /// <summary>
    /// Per activity: as many ActivityStarted as the instance counted runs, and each start is followed by exactly one
    /// end (completed, faulted or cancelled), possibly after suspensions and resumes in between.
    /// </summary>
    private static void AssertJournalAccountsForEveryRun(Run run)
    {
        foreach (var group in run.Journal.Where(e => e.ActivityId is not null).GroupBy(e => e.ActivityId!))
        {
            var starts = group.Count(e => e.Kind == JournalEvents.ActivityStarted);
            Assert.Equal(run.Instance.ExecutionCounts.GetValueOrDefault(group.Key), starts);
            var state = "idle";
            foreach (var entry in group)
            {
                state = (state, entry.Kind) switch
                {
                    ("idle", JournalEvents.ActivityStarted) => "running",
                    ("running", JournalEvents.ActivityCompleted or JournalEvents.ActivityFaulted) => "idle",
                    ("running", JournalEvents.ActivitySuspended) => "waiting",
                    ("waiting", JournalEvents.ActivityResumed) => "running",
                    ("waiting", JournalEvents.ActivityCancelled) => "idle",
                    _ => throw new Xunit.Sdk.XunitException($"activity {group.Key}: {entry.Kind} while {state} (journal: {string.Join(", ", group.Select(e => e.Kind))})"),
                };
            }
            Assert.True(state == "idle", $"activity {group.Key} ended {state}");
        }
        Assert.Equal(run.Instance.ExecutionCounts.Keys.Order(StringComparer.Ordinal),
            run.Journal.Where(e => e.Kind == JournalEvents.ActivityStarted).Select(e => e.ActivityId!).Distinct().Order(StringComparer.Ordinal));
    }
}
