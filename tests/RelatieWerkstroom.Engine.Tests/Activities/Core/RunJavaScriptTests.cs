using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.RunJavaScript reads and writes variables through getX/setX and variables.X; its result can go to a variable.</summary>
public sealed class RunJavaScriptTests
{
    private static async Task<WorkflowInstance> RunAsync(TestRuntime t, FlowBuilder flow)
    {
        var result = await t.StartAsync(flow.Build());
        Assert.True(result.Status == WorkflowStatus.Finished, result.Incident?.Message);
        return (await t.Instances.FindAsync(result.InstanceId))!;
    }

    public static TheoryData<string> Scripts => new()
    {
        "setTotal(getA() + getB())",
        "variables.Total = variables.A + variables.B",
        "setTotal(variables.A + getB())",
        "variables.Total = getA() + variables.B",
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task RunJavaScript_ReadsAndWritesVariables_BothStyles(string script)
    {
        var t = new TestRuntime();
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("A", "Int32", "2").Variable("B", "Int32", "5").Variable("Total", "Int32", "0")
            .RunJavaScript("js", script)
            .WriteLineJs("show", "'total ' + getTotal()")
            .Chain("js", "show"));

        Assert.Equal(7L, instance.Variables["Total"]!.GetValue<long>());
        Assert.Equal(["total 7"], t.Lines);
    }

    [Fact]
    public async Task RunJavaScript_WriteSeenByNextActivityInSameBurst_AndAfterResume()
    {
        var t = new TestRuntime();
        var started = await t.StartAsync(new FlowBuilder()
            .Variable("Log", "String", "")
            .RunJavaScript("one", "variables.Log = variables.Log + 'a'")
            .Event("wait", "Next")
            .RunJavaScript("two", "setLog(getLog() + 'b')")
            .WriteLineJs("show", "variables.Log")
            .Chain("one", "wait", "two", "show").Build());

        await t.Runtime.TriggerEventAsync("Next");

        Assert.Equal(["ab"], t.Lines);
        Assert.Equal("ab", (await t.Instances.FindAsync(started.InstanceId))!.Variables["Log"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunJavaScript_Result_GoesToOutputVariable()
    {
        var t = new TestRuntime();
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Result", "Object", id: "v-result")
            .RunJavaScript("js", "var hours = 3; ({ hours: hours * 2, approved: true })", resultVariableId: "v-result"));

        var result = instance.Variables["Result"]!.AsObject();
        Assert.Equal(6, result["hours"]!.GetValue<double>());
        Assert.True(result["approved"]!.GetValue<bool>());
    }

    [Fact]
    public async Task RunJavaScript_ObjectVariable_ReadAsObjectAndWrittenBack()
    {
        var t = new TestRuntime();
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Claim", "Object", JsonNode.Parse("""{ "hours": 4, "items": ["a", "b"] }"""))
            .RunJavaScript("js", "var c = getClaim(); c.hours = c.hours + c.items.length; setClaim(c)"));

        Assert.Equal(6, instance.Variables["Claim"]!["hours"]!.GetValue<double>());
        Assert.Equal(2, instance.Variables["Claim"]!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task RunJavaScript_VariableSetAtStart_IsReachable()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().RunJavaScript("js", "setCopy(getExtra() + '!')").Variable("Copy", "String").Build();

        var result = await t.StartAsync(flow, new StartOptions(Variables: new Dictionary<string, JsonNode?> { ["Extra"] = "hallo" }));

        Assert.Equal("hallo!", (await t.Instances.FindAsync(result.InstanceId))!.Variables["Copy"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunJavaScript_WritesTextIntoInt32Variable_FaultsNamingTheVariable()
    {
        var t = new TestRuntime();
        var result = await t.StartAsync(new FlowBuilder().Variable("Count", "Int32", "0").RunJavaScript("js", "setCount('veel')").Build());

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("js", result.Incident!.ActivityId);
        Assert.Contains("Count", result.Incident.Message);
        Assert.Contains("veel", result.Incident.Message);
    }

    [Fact]
    public async Task RunJavaScript_ThrowsError_FaultsWithTheErrorMessage()
    {
        var t = new TestRuntime();
        var result = await t.StartAsync(new FlowBuilder().RunJavaScript("js", "throw new Error('budget overschreden')").Build());

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Contains("budget overschreden", result.Incident!.Message);
    }

    [Fact]
    public void RunJavaScript_ScriptDoesNotParse_IsAValidationProblemAtScript()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().RunJavaScript("js", "if (x {").Build();

        var problems = new DefinitionValidator(t.Registry).Validate(flow);

        var problem = Assert.Single(problems);
        Assert.Equal(("js", "script"), (problem.ActivityId, problem.Path));
        Assert.Contains("does not parse", problem.Message);
    }
}
