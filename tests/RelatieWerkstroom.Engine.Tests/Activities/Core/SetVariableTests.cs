using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.SetVariable assigns Literal, Variable and JavaScript values, converted to the variable's declared type.</summary>
public sealed class SetVariableTests
{
    private static async Task<WorkflowInstance> RunAsync(TestRuntime t, FlowBuilder flow)
    {
        var result = await t.StartAsync(flow.Build());
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        return (await t.Instances.FindAsync(result.InstanceId))!;
    }

    [Fact]
    public async Task SetVariable_LiteralIntoInt32_StoresANumberThatJavaScriptAddsTo()
    {
        var t = new TestRuntime();
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Counter", "Int32", "0")
            .SetVariable("set", "Counter", Literal("41", "Object"), "Int32")
            .WriteLineJs("show", "getCounter() + 1")
            .Chain("set", "show"));

        Assert.Equal(41L, instance.Variables["Counter"]!.GetValue<long>());
        Assert.Equal(["42"], t.Lines);
    }

    [Fact]
    public async Task SetVariable_LiteralIntoString_StoresTheText()
    {
        var t = new TestRuntime();
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Status", "String")
            .SetVariable("set", "Status", Literal("ontvangen"), "String"));

        Assert.Equal("ontvangen", instance.Variables["Status"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetVariable_LiteralIntoBoolean_StoresABoolean()
    {
        var t = new TestRuntime();
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Urgent", "Boolean", "false")
            .SetVariable("set", "Urgent", Literal("true", "Object"), "Boolean")
            .Decision("check", "getUrgent() === true")
            .WriteLine("yes", "urgent")
            .Chain("set", "check").Connect("check", "yes", "True"));

        Assert.True(instance.Variables["Urgent"]!.GetValue<bool>());
        Assert.Equal(["urgent"], t.Lines);
    }

    [Fact]
    public async Task SetVariable_NonNumberIntoInt32_FaultsNamingTheVariable()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Counter", "Int32", "0")
            .SetVariable("set", "Counter", Js("'abc'"), "Int32")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("set", result.Incident!.ActivityId);
        Assert.Contains("Counter", result.Incident.Message);
        Assert.Contains("abc", result.Incident.Message);
    }

    [Fact]
    public async Task SetVariable_VariableExpression_CopiesTheOtherVariable()
    {
        var t = new TestRuntime();
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Source", "String", "bron")
            .Variable("Target", "String")
            .SetVariable("copy", "Target", Var("Source")));

        Assert.Equal("bron", instance.Variables["Target"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetVariable_VariableExpressionByElsaReferenceObject_CopiesTheOtherVariable()
    {
        var t = new TestRuntime();
        var reference = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "Variable", ["value"] = new JsonObject { ["id"] = "v-source", ["name"] = "Source" } } };
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Source", "String", "bron", id: "v-source")
            .Variable("Target", "String", id: "v-target")
            .SetVariable("copy", "Target", reference));

        Assert.Equal("bron", instance.Variables["Target"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetVariable_VariableExpressionById_CopiesTheOtherVariable()
    {
        var t = new TestRuntime();
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Source", "String", "bron", id: "v-source")
            .Variable("Target", "String", id: "v-target")
            .SetVariable("copy", "Target", Var("v-source")));

        Assert.Equal("bron", instance.Variables["Target"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetVariable_JavaScript_StoresTheResult()
    {
        var t = new TestRuntime();
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Weeks", "Int32", "6")
            .Variable("Days", "Int32")
            .SetVariable("calc", "Days", Js("getWeeks() * 7"), "Int32"));

        Assert.Equal(42L, instance.Variables["Days"]!.GetValue<long>());
    }

    [Fact]
    public async Task SetVariable_JavaScriptObject_StoresJson()
    {
        var t = new TestRuntime();
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Decision")
            .SetVariable("calc", "Decision", Js("({ granted: true, hours: 4 })")));

        var value = instance.Variables["Decision"]!.AsObject();
        Assert.True(value["granted"]!.GetValue<bool>());
        Assert.Equal(4, value["hours"]!.GetValue<double>());
    }

    [Fact]
    public async Task SetVariable_ElsaVariableObjectFormReferencingId_SetsTheNamedVariable()
    {
        var t = new TestRuntime();
        // Elsa writes the variable as { id, name, typeName, value }; the id may differ from the name.
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Result", "String", id: "3f2a")
            .Activity("set", "Elsa.SetVariable",
                ("variable", new JsonObject { ["id"] = "3f2a", ["typeName"] = "String", ["value"] = "" }),
                ("value", Literal("klaar"))));

        Assert.Equal("klaar", instance.Variables["Result"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetVariable_PlainVariableName_SetsTheVariable()
    {
        var t = new TestRuntime();
        var instance = await RunAsync(t, new FlowBuilder()
            .Variable("Result", "String")
            .Activity("set", "Elsa.SetVariable", ("variable", "Result"), ("value", Literal("klaar"))));

        Assert.Equal("klaar", instance.Variables["Result"]!.GetValue<string>());
    }

    [Fact]
    public void SetVariable_UndeclaredVariable_IsAValidationProblem()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().SetVariable("set", "Missing", Literal("x")).Build();

        var problems = new DefinitionValidator(t.Registry).Validate(flow);

        var problem = Assert.Single(problems);
        Assert.Equal(("set", "variable"), (problem.ActivityId, problem.Path));
        Assert.Contains("Missing", problem.Message);
    }
}
