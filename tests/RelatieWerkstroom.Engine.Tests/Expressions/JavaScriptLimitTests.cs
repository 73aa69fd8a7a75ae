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
}
