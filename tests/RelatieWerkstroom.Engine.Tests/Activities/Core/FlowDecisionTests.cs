using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.FlowDecision follows True or False; the other side is a dead path.</summary>
public sealed class FlowDecisionTests
{
    public static TheoryData<string, string, string> Conditions => new()
    {
        { "Literal", "true", "yes" },
        { "Literal", "false", "no" },
        { "JavaScript", "getAge() >= 18", "yes" },
        { "JavaScript", "getAge() < 18", "no" },
        { "JavaScript", "variables.Age == 21", "yes" },
        { "Variable", "Adult", "yes" },
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public async Task FlowDecision_Condition_FollowsMatchingPortOnly(string expressionType, string condition, string expected)
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Age", "Int32", "21")
            .Variable("Adult", "Boolean", "true")
            .Decision("d", RelatieWerkstroom.Engine.Definitions.InputValue.Wrap("Boolean", expressionType, condition))
            .WriteLine("yes", "yes")
            .WriteLine("no", "no")
            .Connect("d", "yes", "True")
            .Connect("d", "no", "False")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal([expected], t.Lines);
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.Equal(expected == "yes" ? "True" : "False", journal.Single(e => e.ActivityId == "d" && e.Kind == JournalEvents.ActivityCompleted).Outcome);
        Assert.DoesNotContain(journal, e => e.ActivityId == (expected == "yes" ? "no" : "yes"));
    }

    [Fact]
    public async Task FlowDecision_JavaScriptError_FaultsWithScriptInMessage()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Decision("d", "undefinedFunction()").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("d", result.Incident!.ActivityId);
        Assert.Contains("undefinedFunction", result.Incident.Message);
    }

    [Fact]
    public void FlowDecision_UnknownPort_IsAValidationProblem()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Decision("d", Literal("true", "Boolean")).WriteLine("w", "x").Connect("d", "w", "Yes").Build();

        var problems = new DefinitionValidator(t.Registry).Validate(flow);

        Assert.Contains(problems, p => p.ActivityId == "d" && p.Path == "connections[0].source.port" && p.Message.Contains("True, False"));
    }

    [Fact]
    public async Task FlowDecision_VariableHoldingIntFromHost_ReadsIt()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Count")
            .Decision("d", Var("Count", "Boolean"))
            .WriteLine("yes", "yes")
            .Connect("d", "yes", "True")
            .Build();

        // A host passes a JSON value built from a CLR int (not parsed text).
        var result = await t.StartAsync(flow, new StartOptions(Variables: new Dictionary<string, System.Text.Json.Nodes.JsonNode?> { ["Count"] = System.Text.Json.Nodes.JsonValue.Create(2) }));

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["yes"], t.Lines);
    }
}
