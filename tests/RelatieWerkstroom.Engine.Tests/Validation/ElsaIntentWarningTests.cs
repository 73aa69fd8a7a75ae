using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Validation;

/// <summary>
/// Definitions that Elsa 3 imports and runs, but that probably do not do what the designer meant: a warning (Dutch,
/// then English) that names the activity and says what to change, and a run that gives what Elsa gives. Each fixture
/// in tests/fixtures/elsa3-oracle was run through Elsa 3.8 (elsa-oracle); its README lists what Elsa printed.
/// </summary>
public sealed class ElsaIntentWarningTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(SharedPaths.RepositoryRoot, "tests", "fixtures", "elsa3-oracle", name));

    private static IReadOnlyList<ValidationProblem> Validate(string name) =>
        new DefinitionValidator(ActivityRegistry.CreateWithCoreActivities()).Validate(Fixture(name)).Problems;

    private static async Task<(TestRuntime Runtime, RunResult Result)> RunAsync(string name)
    {
        var t = new TestRuntime();
        var result = await t.StartAsync(WorkflowDefinitionReader.Parse(Fixture(name)));
        return (t, result);
    }

    private static string Text(TestRuntime t) => t.Output.ToString().Replace("\r\n", "\n");

    [Fact]
    public void Validate_InputsLeftUnset_WarnEachWithWhatElsaDoesInstead()
    {
        var problems = Validate("unset-inputs.json");

        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Equal([("check", "condition"), ("correlate", "correlationId"), ("leeg", "text"), ("script", "script"), ("wacht", "timeSpan")],
            problems.Select(p => (p.ActivityId!, p.Path)).Order());
        var decision = problems.Single(p => p.ActivityId == "check").Message;
        Assert.StartsWith("'check': 'condition' is niet ingevuld, dus gaat de beslissing altijd naar False", decision);
        Assert.Contains("so it always takes False", decision);
        Assert.Contains("wacht de stap niet", problems.Single(p => p.ActivityId == "wacht").Message);
    }

    [Fact]
    public async Task Run_InputsLeftUnset_SameLinesAsElsa()
    {
        var (t, result) = await RunAsync("unset-inputs.json");

        // The unset delay waits zero seconds: its timer is due at once.
        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        Assert.Equal(t.Clock.GetUtcNow(), Assert.Single(result.Bookmarks).DueAt);
        var final = await t.FireTimersUntilDoneAsync(result);

        Assert.Equal(WorkflowStatus.Finished, final.Status);
        Assert.Equal("Voor\n\nOnwaar\n", Text(t));
    }

    [Fact]
    public async Task Run_FaultWithoutMessage_WarnsAndFaultsThereAsInElsa()
    {
        var problem = Assert.Single(Validate("unset-fault.json"));
        Assert.Equal(("stop", "message", ProblemSeverity.Warning), (problem.ActivityId, problem.Path, problem.Severity));

        var (t, result) = await RunAsync("unset-fault.json");

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("stop", result.Incident!.ActivityId);
        Assert.Equal("Voor\n", Text(t));
    }

    [Fact]
    public async Task WaitAllJoinBehindADecision_WarnsAtTheJoinAndSkipsWhatFollowsAsElsa()
    {
        var problem = Assert.Single(Validate("join-waitall-decision.json"));

        Assert.Equal(("join", "mode", ProblemSeverity.Warning), (problem.ActivityId, problem.Path, problem.Severity));
        Assert.Contains("de tak na 'check' → 'False' en de tak na 'check' → 'True' sluiten elkaar uit", problem.Message);
        Assert.Contains("kies WaitAllActive", problem.Message);
        var (t, result) = await RunAsync("join-waitall-decision.json");
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal("Ja\n", Text(t)); // "Samen" never: the join is skipped
    }

    [Fact]
    public async Task WaitAllActiveJoinBehindADecision_NoProblemAndRunsAfterTheChosenBranch()
    {
        Assert.Empty(Validate("join-waitallactive-decision.json"));

        var (t, result) = await RunAsync("join-waitallactive-decision.json");

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal("Ja\nSamen\n", Text(t));
    }

    [Fact]
    public async Task JoinWithoutMode_IsWaitAnyAsInElsaWithAWarning()
    {
        var problem = Assert.Single(Validate("join-no-mode.json"));
        Assert.Equal(("join", "mode", ProblemSeverity.Warning), (problem.ActivityId, problem.Path, problem.Severity));
        Assert.Contains("(WaitAny)", problem.Message);

        var (t, result) = await RunAsync("join-no-mode.json");

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal("Ja\nSamen\n", Text(t));
    }

    [Theory]
    [InlineData("join-all-1.json")] // WaitAll after a fork: every branch runs
    [InlineData("join-any-1.json")]
    public void WaitJoinsOfElsasOwnSamples_NoWarning(string sample) =>
        Assert.Empty(new DefinitionValidator(ActivityRegistry.CreateWithCoreActivities()).Validate(File.ReadAllText(SharedPaths.Sample(sample))).Problems);

    [Fact]
    public async Task LoopWithoutExit_WarnsAtItsClosingConnectionAndGoesRoundForEverAsInElsa()
    {
        var problem = Assert.Single(Validate("loop-no-exit.json"));
        Assert.Equal(("wacht", "connections[2]", ProblemSeverity.Warning), (problem.ActivityId, problem.Path, problem.Severity));
        Assert.StartsWith("De lus die verbinding wacht.Done -> rond.In terug naar 'rond' maakt, heeft geen uitgang", problem.Message);

        var (t, result) = await RunAsync("loop-no-exit.json");
        for (var round = 0; round < 3; round++)
        {
            t.Clock.Advance(TimeSpan.FromSeconds(1));
            result = (await t.Runtime.ResumeDueTimersAsync(t.Clock.GetUtcNow())).Single();
        }

        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        Assert.Equal("Rond\nRond\nRond\nRond\n", Text(t));
    }

    [Fact]
    public void LoopWithAnExit_NoWarning()
    {
        var flow = new FlowBuilder().Activity("start", "Elsa.Start").Node("a")
            .Decision("again", FlowBuilder.Literal("false", "Boolean")).WriteLine("done", "klaar")
            .Chain("start", "a", "again").Connect("again", "a", "True").Connect("again", "done", "False").Build();

        Assert.Empty(new DefinitionValidator(ActivityRegistry.CreateWithCoreActivities()).Validate(flow));
    }

    [Fact]
    public async Task LoopEnteredFromTheSide_WarnsAndRunsWhileItsClosingConnectionIsNotTaken()
    {
        var problem = Assert.Single(Validate("bad-loop-untaken.json"));
        Assert.Equal(("b", "connections[4]", ProblemSeverity.Warning), (problem.ActivityId, problem.Path, problem.Severity));
        Assert.Contains("zodra deze verbinding genomen wordt, stopt de workflow met een fout", problem.Message);

        var (t, result) = await RunAsync("bad-loop-untaken.json");

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal("A\nEind\n", Text(t));
    }

    [Fact]
    public async Task LoopEnteredFromTheSide_FaultsWhenItsClosingConnectionIsTakenAsInElsa()
    {
        var (t, result) = await RunAsync("bad-loop-taken.json");

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("b", result.Incident!.ActivityId);
        Assert.Contains("invalid backward connection b.True -> a.In", result.Incident.Message);
        Assert.Equal("A\n", Text(t));
    }

    [Fact]
    public async Task RootThatIsOneActivity_WarnsRunsItAndIsWrittenBackUnchanged()
    {
        var problem = Assert.Single(Validate("root-writeline.json"));
        Assert.Equal(("hallo", "root.type", ProblemSeverity.Warning), (problem.ActivityId, problem.Path, problem.Severity));
        Assert.Contains("is een Elsa.WriteLine, geen Elsa.Flowchart", problem.Message);

        var (t, result) = await RunAsync("root-writeline.json");
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal("Hallo\n", Text(t));

        var definition = WorkflowDefinitionReader.Parse(Fixture("root-writeline.json"));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(definition.Document, WorkflowDefinitionWriter.ToJsonObject(definition)));
    }

    [Fact]
    public void RootThatIsASequence_ErrorNamesTheTypeNotRunHere()
    {
        // Elsa runs it ("Een", "Twee"); this engine has no Elsa.Sequence, and says so instead of running half of it.
        var problems = Validate("root-sequence.json");

        Assert.Contains(problems, p => p is { ActivityId: "Sequence1", Path: "type", IsError: true } && p.Message.Contains("'Elsa.Sequence'"));
    }

    [Fact]
    public async Task MergeModeOnAnActivity_WarnsItIsIgnoredAndRunsAsElsasDefaultFlowchart()
    {
        var problem = Assert.Single(Validate("merge-mode.json"));
        Assert.Equal(("samen", "customProperties.mergeMode", ProblemSeverity.Warning), (problem.ActivityId, problem.Path, problem.Severity));
        Assert.StartsWith("'samen': samenvoegmodus (mergeMode) 'Converge' heeft geen effect", problem.Message);

        var (t, result) = await RunAsync("merge-mode.json");

        // Elsa's token-based mode would wait for ever here (Converge); its default counter-based one runs "Samen".
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal("Ja\nSamen\n", Text(t));
    }

    [Fact]
    public void FlowNodeWithABody_ErrorNamesTheActivityNotRunWithoutIt()
    {
        // Elsa runs the body ("Binnen 1", "Binnen 2", then "Na"); running only "Na" here would be a different case.
        var problem = Assert.Single(Validate("flownode-body.json"));

        Assert.Equal(("knoop", "body", ProblemSeverity.Error), (problem.ActivityId, problem.Path, problem.Severity));
        Assert.StartsWith("'knoop' heeft een body (Elsa.Flowchart) die Elsa uitvoert, maar deze engine nog niet", problem.Message);
    }
}
