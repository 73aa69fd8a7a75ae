using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Runtime;

/// <summary>Loops: a backward connection to a loop head re-runs the loop; join bookkeeping restarts each round.</summary>
public sealed class LoopTests
{
    public static TheoryData<string, JsonObject> Increments => new()
    {
        { "SetVariable with JavaScript", Activity("Elsa.SetVariable", ("variable", new JsonObject { ["id"] = "Counter", ["name"] = "Counter" }), ("value", Js("getCounter() + 1"))) },
        { "RunJavaScript with setX", Activity("Elsa.RunJavaScript", ("script", Literal("setCounter(getCounter() + 1)"))) },
        { "RunJavaScript with variables.X", Activity("Elsa.RunJavaScript", ("script", Literal("variables.Counter = variables.Counter + 1"))) },
    };

    [Theory]
    [MemberData(nameof(Increments))]
    public async Task CounterLoop_DecisionOnCounter_RunsBodyThreeTimesThenExits(string description, JsonObject increment)
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Counter", "Int32", "0")
            .Activity("start", "Elsa.Start")
            .WriteLineJs("body", "'Round ' + getCounter()")
            .Activity("inc", (string)increment["type"]!, [.. increment.Where(p => p.Key != "type").Select(p => (p.Key, p.Value?.DeepClone()))])
            .Decision("again", "getCounter() < 3")
            .WriteLine("done", "Done")
            .Chain("start", "body", "inc", "again")
            .Connect("again", "body", "True")
            .Connect("again", "done", "False")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.True(result.Status == WorkflowStatus.Finished, $"{description}: {result.Incident?.Message}");
        Assert.Equal(["Round 0", "Round 1", "Round 2", "Done"], t.Lines);
        var instance = await t.Instances.FindAsync(result.InstanceId);
        Assert.Equal(3, instance!.ExecutionCounts["body"]);
        Assert.Equal(3, instance.ExecutionCounts["again"]);
        Assert.Equal(1, instance.ExecutionCounts["done"]);
        Assert.Equal(3L, instance.Variables["Counter"]!.GetValue<long>());
    }

    [Fact]
    public async Task Loop_ForkAndWaitAllJoinInBody_JoinRunsOncePerRound()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Counter", "Int32", "0")
            .Activity("start", "Elsa.Start")
            .Fork("fork", "A", "B")
            .WriteLine("a", "A")
            .WriteLine("b", "B")
            .Join("join", "WaitAll")
            .WriteLine("joined", "joined")
            .RunJavaScript("inc", "setCounter(getCounter() + 1)")
            .Decision("again", "getCounter() < 3")
            .Chain("start", "fork")
            .Connect("fork", "a", "A").Connect("fork", "b", "B")
            .Connect("a", "join").Connect("b", "join")
            .Chain("join", "joined", "inc", "again")
            .Connect("again", "fork", "True")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(3, t.Lines.Count(l => l == "joined"));
        Assert.Equal(3, t.Lines.Count(l => l == "A"));
        Assert.Equal(3, t.Lines.Count(l => l == "B"));
    }

    [Fact]
    public async Task Loop_DecisionBranchesMergeInBody_ImplicitJoinRunsOncePerRound()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Counter", "Int32", "0")
            .Activity("start", "Elsa.Start")
            .Decision("even", "getCounter() % 2 == 0")
            .WriteLine("yes", "even")
            .WriteLine("no", "odd")
            .WriteLine("merge", "merge")
            .RunJavaScript("inc", "setCounter(getCounter() + 1)")
            .Decision("again", "getCounter() < 4")
            .Chain("start", "even")
            .Connect("even", "yes", "True").Connect("even", "no", "False")
            .Connect("yes", "merge").Connect("no", "merge")
            .Chain("merge", "inc", "again")
            .Connect("again", "even", "True")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["even", "merge", "odd", "merge", "even", "merge", "odd", "merge"], t.Lines);
    }

    [Theory]
    [InlineData("WaitAll")]
    [InlineData("implicit")]
    public async Task Loop_InOneParallelBranch_JoinAfterLoopWaitsForTheLoopToExit(string joinKind)
    {
        var t = new TestRuntime();
        var builder = new FlowBuilder()
            .Variable("Counter", "Int32", "0")
            .Activity("start", "Elsa.Start")
            .Fork("fork", "Loop", "Other")
            .WriteLine("round", "round")
            .RunJavaScript("inc", "setCounter(getCounter() + 1)")
            .Decision("again", "getCounter() < 3")
            .WriteLine("other", "other");
        builder = joinKind == "WaitAll" ? builder.Join("join", "WaitAll") : builder.Node("join");
        var flow = builder
            .WriteLine("after", "after")
            .Chain("start", "fork")
            .Connect("fork", "round", "Loop")
            .Chain("round", "inc", "again")
            .Connect("again", "round", "True")
            .Connect("again", "join", "False")
            .Connect("fork", "other", "Other")
            .Chain("other", "join", "after")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(3, t.Lines.Count(l => l == "round"));
        Assert.Equal(["after"], t.Lines.Where(l => l == "after"));
        Assert.Equal("after", t.Lines[^1]);
    }

    [Fact]
    public async Task Loop_WithDelayInBody_OtherBranchArrivesFirst_JoinRunsAfterLastRound()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Counter", "Int32", "0")
            .Activity("start", "Elsa.Start")
            .Fork("fork", "Loop", "Other")
            .Delay("wait", "01:00:00")
            .RunJavaScript("inc", "setCounter(getCounter() + 1)")
            .Decision("again", "getCounter() < 2")
            .WriteLine("other", "other")
            .Join("join", "WaitAll")
            .WriteLine("after", "after")
            .Chain("start", "fork")
            .Connect("fork", "wait", "Loop")
            .Chain("wait", "inc", "again")
            .Connect("again", "wait", "True")
            .Connect("again", "join", "False")
            .Connect("fork", "other", "Other")
            .Chain("other", "join", "after")
            .Build();

        var first = await t.StartAsync(flow);
        Assert.Equal(WorkflowStatus.Suspended, first.Status);
        Assert.Equal(["other"], t.Lines);

        var final = await t.FireTimersUntilDoneAsync(first);

        Assert.Equal(WorkflowStatus.Finished, final.Status);
        Assert.Equal(["other", "after"], t.Lines);
        var instance = await t.Instances.FindAsync(final.InstanceId);
        Assert.Equal(2, instance!.ExecutionCounts["wait"]);
    }

    [Fact]
    public async Task Loop_ExitThroughSecondDecision_DeadPathOfFirstExitStillReachesJoin()
    {
        // Two ways out of the loop; the first is never taken, so its join input must arrive as a dead path once the loop is done.
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Counter", "Int32", "0")
            .Activity("start", "Elsa.Start")
            .RunJavaScript("inc", "setCounter(getCounter() + 1)")
            .Decision("early", "getCounter() > 100")
            .Decision("again", "getCounter() < 3")
            .WriteLine("earlyExit", "early exit")
            .WriteLine("normalExit", "normal exit")
            .Node("merge")
            .WriteLine("after", "after")
            .Chain("start", "inc", "early")
            .Connect("early", "earlyExit", "True")
            .Connect("early", "again", "False")
            .Connect("again", "inc", "True")
            .Connect("again", "normalExit", "False")
            .Connect("earlyExit", "merge").Connect("normalExit", "merge")
            .Chain("merge", "after")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["normal exit", "after"], t.Lines);
    }

    [Fact]
    public async Task Loop_WaitingInBodyAcrossBursts_HeldBackDeadPathSurvivesStorage()
    {
        // Like the test above, but each round waits on a timer: the held-back dead path of the unused exit
        // must be stored with the instance and released after the last round.
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Counter", "Int32", "0")
            .Activity("start", "Elsa.Start")
            .Delay("wait", "1.00:00:00")
            .RunJavaScript("inc", "setCounter(getCounter() + 1)")
            .Decision("early", "getCounter() > 100")
            .Decision("again", "getCounter() < 3")
            .WriteLine("earlyExit", "early exit")
            .WriteLine("normalExit", "normal exit")
            .Node("merge")
            .WriteLine("after", "after")
            .Chain("start", "wait", "inc", "early")
            .Connect("early", "earlyExit", "True")
            .Connect("early", "again", "False")
            .Connect("again", "wait", "True")
            .Connect("again", "normalExit", "False")
            .Connect("earlyExit", "merge").Connect("normalExit", "merge")
            .Chain("merge", "after")
            .Build();

        var started = await t.StartAsync(flow);
        var final = await t.FireTimersUntilDoneAsync(started);

        Assert.Equal(WorkflowStatus.Finished, final.Status);
        Assert.Equal(["normal exit", "after"], t.Lines);
        Assert.Equal(3, (await t.Instances.FindAsync(final.InstanceId))!.ExecutionCounts["wait"]);
    }

    [Fact]
    public async Task NestedLoops_InnerLoopRestartsEachOuterRound_RunsInnerBodyOuterTimesInner()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Outer", "Int32", "0")
            .Variable("Inner", "Int32", "0")
            .Activity("start", "Elsa.Start")
            .RunJavaScript("resetInner", "setInner(0)")
            .WriteLineJs("body", "getOuter() + '.' + getInner()")
            .RunJavaScript("incInner", "setInner(getInner() + 1)")
            .Decision("innerAgain", "getInner() < 2")
            .RunJavaScript("incOuter", "setOuter(getOuter() + 1)")
            .Decision("outerAgain", "getOuter() < 3")
            .WriteLine("done", "done")
            .Chain("start", "resetInner", "body", "incInner", "innerAgain")
            .Connect("innerAgain", "body", "True")
            .Connect("innerAgain", "incOuter", "False")
            .Chain("incOuter", "outerAgain")
            .Connect("outerAgain", "resetInner", "True")
            .Connect("outerAgain", "done", "False")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["0.0", "0.1", "1.0", "1.1", "2.0", "2.1", "done"], t.Lines);
    }

    [Fact]
    public async Task Loop_ComesRoundWhileActivityStillWaits_OldWaitReplaced()
    {
        var t = new TestRuntime();
        // The fork's second branch waits for an event; the first branch loops back to the fork twice meanwhile.
        var flow = new FlowBuilder()
            .Variable("Counter", "Int32", "0")
            .Activity("start", "Elsa.Start")
            .Fork("fork", "Loop", "Wait")
            .RunJavaScript("inc", "setCounter(getCounter() + 1)")
            .Decision("again", "getCounter() < 3")
            .Event("wait", "Go")
            .WriteLine("answered", "answered")
            .Chain("start", "fork")
            .Connect("fork", "inc", "Loop").Connect("fork", "wait", "Wait")
            .Chain("inc", "again")
            .Connect("again", "fork", "True")
            .Chain("wait", "answered")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        Assert.Equal("wait", Assert.Single(result.Bookmarks).ActivityId);
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.Equal(3, journal.Count(e => e.ActivityId == "wait" && e.Kind == JournalEvents.ActivityStarted));
        Assert.Equal(2, journal.Count(e => e.ActivityId == "wait" && e.Kind == JournalEvents.ActivityCancelled));
        var resumed = Assert.Single(await t.Runtime.TriggerEventAsync("Go"));
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal(["answered"], t.Lines);
    }

    [Fact]
    public void Validate_BackwardConnectionIntoMiddleOfLoop_ReportsIrreducibleLoop()
    {
        var t = new TestRuntime();
        // a -> b -> c -> a is a loop, but 'b' can also be entered from the start directly: the loop has two entries.
        var flow = new FlowBuilder()
            .Activity("start", "Elsa.Start")
            .Decision("choose", Literal("true", "Boolean"))
            .Node("a").Node("b").Node("c")
            .Chain("start", "choose")
            .Connect("choose", "a", "True")
            .Connect("choose", "b", "False")
            .Chain("a", "b", "c", "a")
            .Build();

        var problems = new DefinitionValidator(t.Registry).Validate(flow);

        var problem = Assert.Single(problems);
        Assert.StartsWith("connections[", problem.Path);
        Assert.Contains("loop", problem.Message);
        Assert.Contains("every path from the start", problem.Message);
        var index = int.Parse(problem.Path["connections[".Length..^1]);
        var connection = flow.Connections[index];
        Assert.Equal(problem.ActivityId, connection.Source);
        Assert.Contains((connection.Source, connection.Target), new[] { ("a", "b"), ("c", "a"), ("b", "c") });
    }

    [Fact]
    public async Task StartAsync_LoopEnteredFromTheSide_RunsAndFaultsWhenItsClosingConnectionIsFollowed()
    {
        // Elsa 3.8 imports this and faults at 'b' ("Invalid backward connection"): see tests/fixtures/elsa3-oracle/bad-loop-taken.json.
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Activity("start", "Elsa.Start")
            .Decision("choose", Literal("true", "Boolean"))
            .Node("a").Node("b")
            .Chain("start", "choose")
            .Connect("choose", "a", "True")
            .Connect("choose", "b", "False")
            .Chain("a", "b", "a")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("b", result.Incident!.ActivityId);
        Assert.Contains("invalid backward connection b.Done -> a.In", result.Incident.Message);
    }

    private static JsonObject Activity(string type, params (string Name, JsonNode? Value)[] properties)
    {
        var a = new JsonObject { ["type"] = type };
        foreach (var (name, value) in properties) a[name] = value;
        return a;
    }
}
