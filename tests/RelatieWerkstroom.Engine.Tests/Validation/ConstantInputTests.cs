using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Validation;

/// <summary>
/// Issue 14 finding 10: validate accepted fixed inputs that run then faulted on. Each is now named by validation, at the
/// activity and input, and the same rule still stops a computed value at run time with a clear incident.
/// </summary>
public sealed class ConstantInputTests
{
    private static readonly DefinitionValidator Validator = new(ActivityRegistry.CreateWithCoreActivities());

    private static string One(string type, string input, string typeName, string value) => $$"""
        { "definitionId": "vast", "root": { "type": "Elsa.Flowchart", "id": "f", "activities": [
          { "id": "x", "type": "{{type}}", "{{input}}": { "typeName": "{{typeName}}", "expression": { "type": "Literal", "value": {{value}} } } } ],
          "connections": [] } }
        """;

    public static TheoryData<string, string, string> Faulting => new()
    {
        { One("Elsa.Delay", "timeSpan", "TimeSpan", "\"-00:00:05\""), "timeSpan", "negative" },
        { One("Elsa.Delay", "timeSpan", "TimeSpan", "\"3300000.00:00:00\""), "timeSpan", "more than 1000 years" },
        { One("Elsa.Timer", "interval", "TimeSpan", "\"3300000.00:00:00\""), "interval", "more than 1000 years" },
        { One("Elsa.Cron", "cronExpression", "String", "\"0 0 30 2 *\""), "cronExpression", "never matches" },
        { One("Elsa.Cron", "cronExpression", "String", "null"), "cronExpression", "required input 'cronExpression' is given as null" },
        { One("Elsa.Event", "eventName", "String", "null"), "eventName", "required input 'eventName' is given as null" },
        { One("Elsa.ExecuteWorkflow", "workflowDefinitionId", "String", "null"), "workflowDefinitionId", "given as null" },
        { One("Elsa.Timer", "interval", "TimeSpan", "null"), "interval", "given as null" },
    };

    [Theory]
    [MemberData(nameof(Faulting))]
    public void Validate_FixedInputRunWouldFaultOn_IsAnErrorAtThatActivityAndInput(string json, string input, string says)
    {
        var (_, problems) = Validator.Validate(json);

        var problem = Assert.Single(problems.Errors());
        Assert.Equal("x", problem.ActivityId);
        Assert.Equal(input, problem.Path);
        Assert.Contains(says, problem.Message);
    }

    [Fact]
    public void Validate_NullForAnInputElsaRunsWithoutIt_IsTheSameWarningAsLeavingItOut()
    {
        var (_, givenNull) = Validator.Validate(One("Elsa.Delay", "timeSpan", "TimeSpan", "null"));
        var (_, leftOut) = Validator.Validate("""
            { "definitionId": "vast", "root": { "type": "Elsa.Flowchart", "id": "f", "activities": [ { "id": "x", "type": "Elsa.Delay" } ], "connections": [] } }
            """);

        Assert.Empty(givenNull.Errors());
        Assert.Equal(leftOut.Select(p => p.ToString()), givenNull.Select(p => p.ToString()));
    }

    [Fact]
    public void Validate_OrdinaryFixedTimers_HaveNoProblem()
    {
        Assert.Empty(Validator.Validate(One("Elsa.Delay", "timeSpan", "TimeSpan", "\"14.00:00:00\"")).Problems);
        Assert.Empty(Validator.Validate(One("Elsa.Cron", "cronExpression", "String", "\"0 0 29 2 *\"")).Problems);
        Assert.Empty(Validator.Validate(One("Elsa.Timer", "interval", "TimeSpan", "\"01:00:00\"")).Problems);
    }

    [Fact]
    public async Task Run_ComputedDelayPastTheCalendar_FaultsWithTheSameClearReason()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Activity("x", "Elsa.Delay", ("timeSpan", new JsonObject
        {
            ["typeName"] = "TimeSpan",
            ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "'3650000.00:00:00'" },
        })).Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Contains("more than 1000 years", result.Incident!.Message);
    }
}
