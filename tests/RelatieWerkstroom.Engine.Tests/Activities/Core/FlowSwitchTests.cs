using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.FlowSwitch with Elsa's <c>cases</c> form: MatchFirst, MatchAny and the Default port.</summary>
public sealed class FlowSwitchTests
{
    private static FlowBuilder Switch(string mode, int hours) => new FlowBuilder()
        .Variable("Hours", "Int32", hours.ToString())
        .Activity("s", "Elsa.FlowSwitch",
            ("mode", Literal(mode, "Elsa.Workflows.Core.Activities.Flowchart.Models.SwitchMode, Elsa.Workflows.Core")),
            ("cases", new JsonArray
            {
                new JsonObject { ["label"] = "Small", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getHours() < 10" } },
                new JsonObject { ["label"] = "Medium", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getHours() < 20" } },
                new JsonObject { ["label"] = "Any", ["condition"] = new JsonObject { ["type"] = "Literal", ["value"] = "true" } },
            }))
        .WriteLine("small", "Small").WriteLine("medium", "Medium").WriteLine("any", "Any").WriteLine("default", "Default")
        .Connect("s", "small", "Small").Connect("s", "medium", "Medium").Connect("s", "any", "Any").Connect("s", "default", "Default");

    public static TheoryData<string, int, string[]> Cases => new()
    {
        { "MatchFirst", 5, ["Small"] },
        { "MatchFirst", 15, ["Medium"] },
        { "MatchFirst", 50, ["Any"] },
        { "MatchAny", 5, ["Small", "Medium", "Any"] },
        { "MatchAny", 15, ["Medium", "Any"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task FlowSwitch_Mode_FollowsMatchingCases(string mode, int hours, string[] expected)
    {
        var t = new TestRuntime();

        var result = await t.StartAsync(Switch(mode, hours).Build());

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(expected, t.Lines);
        var completed = (await t.JournalAsync(result.InstanceId)).Single(e => e.ActivityId == "s" && e.Kind == JournalEvents.ActivityCompleted);
        Assert.Equal(string.Join(",", expected), completed.Outcome);
    }

    [Fact]
    public async Task FlowSwitch_NoCaseHolds_FollowsDefault()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Activity("s", "Elsa.FlowSwitch", ("cases", new JsonArray
            {
                new JsonObject { ["label"] = "Never", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "1 > 2" } },
            }))
            .WriteLine("never", "Never").WriteLine("default", "Default")
            .Connect("s", "never", "Never").Connect("s", "default", "Default")
            .Build();

        await t.StartAsync(flow);

        Assert.Equal(["Default"], t.Lines);
    }

    [Fact]
    public async Task FlowSwitch_CasesAsObjectExpression_AreRead()
    {
        var t = new TestRuntime();
        var cases = """[{ "label": "Yes", "condition": { "type": "Literal", "value": "true" } }]""";
        var flow = new FlowBuilder()
            .Activity("s", "Elsa.FlowSwitch", ("cases", Obj(cases)))
            .WriteLine("yes", "Yes")
            .Connect("s", "yes", "Yes")
            .Build();

        await t.StartAsync(flow);

        Assert.Equal(["Yes"], t.Lines);
    }

    [Fact]
    public void FlowSwitch_BrokenCases_ReportsEachProblemAtItsPath()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Activity("s", "Elsa.FlowSwitch", ("cases", new JsonArray
            {
                new JsonObject { ["condition"] = new JsonObject { ["type"] = "Literal", ["value"] = "true" } },
                new JsonObject { ["label"] = "A", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "1 +" } },
                new JsonObject { ["label"] = "A", ["condition"] = new JsonObject { ["type"] = "Literal", ["value"] = "true" } },
            }))
            .Build();

        var problems = new DefinitionValidator(t.Registry).Validate(flow);

        Assert.Equal(["cases[0].label", "cases[1].condition", "cases[2].label"], problems.Select(p => p.Path).Order());
        Assert.All(problems, p => Assert.Equal("s", p.ActivityId));
    }

    [Fact]
    public void FlowSwitch_CasesObjectExpressionNotJson_IsAValidationProblem()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Activity("s", "Elsa.FlowSwitch", ("cases", Obj("[{ not json"))).Build();

        var problems = new DefinitionValidator(t.Registry).Validate(flow);

        var problem = Assert.Single(problems);
        Assert.Equal(("s", "cases"), (problem.ActivityId, problem.Path));
        Assert.Contains("JSON", problem.Message);
    }
}
