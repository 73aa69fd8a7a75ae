using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.SetOutput sets a named workflow output that callers get back.</summary>
public sealed class SetOutputTests
{
    [Fact]
    public async Task SetOutput_LiteralAndJavaScript_BothOutputsInResult()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Hours", "Int32", "3")
            .Activity("a", "Elsa.SetOutput", ("outputName", Literal("besluit")), ("outputValue", Literal("toegekend", "Object")))
            .Activity("b", "Elsa.SetOutput", ("outputName", Literal("uren")), ("outputValue", Js("getHours() * 2")))
            .Chain("a", "b")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal("toegekend", result.Output["besluit"]!.GetValue<string>());
        Assert.Equal(6, result.Output["uren"]!.GetValue<long>());
    }

    [Fact]
    public async Task SetOutput_SameNameTwice_LastValueWins()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Activity("a", "Elsa.SetOutput", ("outputName", Literal("x")), ("outputValue", Literal("first", "Object")))
            .Activity("b", "Elsa.SetOutput", ("outputName", Literal("x")), ("outputValue", Literal("second", "Object")))
            .Chain("a", "b")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal("second", result.Output["x"]!.GetValue<string>());
    }

    [Fact]
    public void SetOutput_WithoutOutputName_IsAValidationProblem()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Activity("a", "Elsa.SetOutput", ("outputValue", Literal("v", "Object"))).Build();

        var problems = new DefinitionValidator(t.Registry).Validate(flow);

        var problem = Assert.Single(problems);
        Assert.Equal(("a", "outputName"), (problem.ActivityId, problem.Path));
    }
}
