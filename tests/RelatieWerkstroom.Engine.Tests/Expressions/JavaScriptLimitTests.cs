using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Expressions;

/// <summary>Scripts that never end, recurse too deep or loop through activities forever fault the instance instead of hanging.</summary>
public sealed class JavaScriptLimitTests
{
    [Fact]
    public async Task EndlessWhileLoop_TimesOut_InstanceFaultedWithTimeout()
    {
        var t = new TestRuntime(new RuntimeOptions { JavaScriptTimeout = TimeSpan.FromMilliseconds(50), JavaScriptMaxStatements = 0 });
        var flow = new FlowBuilder().WriteLine("before", "before").RunJavaScript("spin", "while (true) { }").Chain("before", "spin").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("spin", result.Incident!.ActivityId);
        Assert.Contains("timed out", result.Incident.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("while (true)", result.Incident.Message);
        Assert.Equal(["before"], t.Lines);
    }

    [Fact]
    public async Task EndlessLoopInCondition_StatementLimit_InstanceFaulted()
    {
        var t = new TestRuntime(new RuntimeOptions { JavaScriptMaxStatements = 1000 });
        var flow = new FlowBuilder().Decision("d", "var i = 0; while (true) { i++; } true").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("d", result.Incident!.ActivityId);
        Assert.Contains("JavaScript stopped", result.Incident.Message);
    }

    [Fact]
    public async Task DeepRecursion_HitsRecursionLimit_InstanceFaulted()
    {
        var t = new TestRuntime(new RuntimeOptions { JavaScriptRecursionLimit = 64 });
        var flow = new FlowBuilder().RunJavaScript("recurse", "function f(n) { return f(n + 1) + 1; } f(0)").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("recurse", result.Incident!.ActivityId);
        Assert.Contains("recursion", result.Incident.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RecursionWithinLimit_Runs()
    {
        var t = new TestRuntime(new RuntimeOptions { JavaScriptRecursionLimit = 64 });
        var flow = new FlowBuilder().WriteLineJs("w", "function fac(n) { return n <= 1 ? 1 : n * fac(n - 1); } fac(10)").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["3628800"], t.Lines);
    }

    [Fact]
    public async Task StatementLimit_AppliesPerScriptNotPerBurst_ThreeScriptsRun()
    {
        var t = new TestRuntime(new RuntimeOptions { JavaScriptMaxStatements = 500 });
        // Each script uses ~300 statements: fine on its own, too much only if the budget were shared between scripts.
        var flow = new FlowBuilder()
            .Variable("N", "Int32", "0")
            .RunJavaScript("a", "for (var i = 0; i < 100; i++) { setN(getN() + 1); }")
            .RunJavaScript("b", "for (var i = 0; i < 100; i++) { setN(getN() + 1); }")
            .RunJavaScript("c", "for (var i = 0; i < 100; i++) { setN(getN() + 1); }")
            .Chain("a", "b", "c").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(300L, (await t.Instances.FindAsync(result.InstanceId))!.Variables["N"]!.GetValue<long>());
    }

    [Fact]
    public async Task FlowLoopingForever_StopsAtMaxActivitiesPerBurst_WithIncident()
    {
        var t = new TestRuntime(new RuntimeOptions { MaxActivitiesPerBurst = 50 });
        var flow = new FlowBuilder()
            .Node("head")
            .WriteLine("tick", "tick")
            .Decision("again", FlowBuilder.Literal("true", "Boolean"))
            .Chain("head", "tick", "again")
            .Connect("again", "head", "True")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Contains("50 activities", result.Incident!.Message);
        Assert.Contains("loops endlessly", result.Incident.Message);
        // 50 activity runs, three per round: the burst stopped at the limit.
        Assert.Equal(17, t.Lines.Length);
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.Equal(50, journal.Count(e => e.Kind == JournalEvents.ActivityStarted));
        Assert.Equal(JournalEvents.InstanceFaulted, journal[^1].Kind);
    }

    // Issue 14 finding 9: 'x'.repeat(1e8) ran past the 32 MiB limit (the process grew to ~0.9 GB and the instance stored a
    // 100 M-character string), because Jint checks memory between statements and one built-in call makes it all at once.
    [Theory]
    [InlineData("'x'.repeat(1e8)", "repeat")]
    [InlineData("'x'.padStart(1e8, 'y')", "padStart")]
    [InlineData("'x'.padEnd(5e7)", "padEnd")]
    [InlineData("'x'.repeat(1e6).replaceAll('x', 'yyyyyyyyyyyyyyyyyyyy')", "replaceAll")]
    [InlineData("Array(5).fill('x'.repeat(4e6)).join('')", "join")]
    [InlineData("'x'.repeat(4e6).concat('x'.repeat(4e6), 'x'.repeat(4e6), 'x'.repeat(4e6), 'x'.repeat(4e6))", "concat")]
    public async Task OneBuiltInCallMakingAHugeString_FaultsBeforeMakingItAndStoresNothingOfIt(string script, string builtIn)
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Variable("S", "String", "").RunJavaScript("grow", $"setS({script})").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("grow", result.Incident!.ActivityId);
        Assert.Contains($"{builtIn} would make a string of", result.Incident.Message);
        Assert.Contains("32 MB a script may use", result.Incident.Message);
        Assert.Equal("", (await t.Instances.FindAsync(result.InstanceId))!.Variables["S"]!.GetValue<string>());
    }

    [Fact]
    public async Task OneCallMakingAHugeArray_FaultsInsteadOfTakingTheMemory()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().RunJavaScript("grow", "var a = new Array(1e8).fill(0); a.length").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Contains("JavaScript", result.Incident!.Message);
    }

    [Fact]
    public async Task GuardedBuiltIns_OrdinaryUse_GiveTheUsualResults()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .WriteLineJs("a", "'ab'.repeat(3) + ' ' + '7'.padStart(3, '0') + ' ' + 'x'.padEnd(3, '.') + '|'")
            .WriteLineJs("b", "['a', 'b', 'c'].join('-') + ' ' + [1, 2].join() + ' ' + 'a-b-c'.replaceAll('-', '+') + ' ' + 'a'.concat('b', 'c')")
            .Chain("a", "b").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["ababab 007 x..|", "a-b-c 1,2 a+b+c abc"], t.Lines);
    }

    // The other half of finding 9: each evaluation was limited (2 s) and each burst to 10 000 activities, but not the burst
    // as a whole, so a loop of slow conditions ran on and on.
    [Fact]
    public async Task LoopOfSlowConditions_StopsWhenTheBurstRunsOutOfTime_WithIncident()
    {
        var t = new TestRuntime(new RuntimeOptions { MaxBurstDuration = TimeSpan.FromMilliseconds(400) });
        var flow = new FlowBuilder()
            .Node("head")
            .Decision("slow", "var start = Date.now(); while (Date.now() - start < 40) { } true")
            .Chain("head", "slow")
            .Connect("slow", "head", "True")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.True(result.Incident!.Message.Contains("ran longer than 0.4 s", StringComparison.Ordinal)
            || result.Incident.Message.Contains("ran out of time", StringComparison.Ordinal), result.Incident.Message);
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.InRange(journal.Count(e => e.Kind == JournalEvents.ActivityStarted && e.ActivityId == "slow"), 2, 1000);
        Assert.Equal(JournalEvents.InstanceFaulted, journal[^1].Kind);
    }

    [Fact]
    public async Task ScriptStillRunningWhenTheBurstRunsOutOfTime_IsStopped()
    {
        var t = new TestRuntime(new RuntimeOptions
        {
            MaxBurstDuration = TimeSpan.FromMilliseconds(200), JavaScriptTimeout = TimeSpan.FromMinutes(5), JavaScriptMaxStatements = 0,
        });
        var flow = new FlowBuilder().RunJavaScript("spin", "while (true) { }").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("spin", result.Incident!.ActivityId);
        Assert.Contains("the burst ran out of time", result.Incident.Message);
    }
}
