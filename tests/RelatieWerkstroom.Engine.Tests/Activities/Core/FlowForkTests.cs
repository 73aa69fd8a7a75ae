using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.FlowFork has one outcome port per named branch and follows all of them.</summary>
public sealed class FlowForkTests
{
    public static TheoryData<string, System.Text.Json.Nodes.JsonObject> BranchForms => new()
    {
        { "comma-separated literal", Literal("Left,Middle,Right", "String[]") },
        { "JSON array literal", Literal("""["Left","Middle","Right"]""", "String[]") },
        { "Object expression", Obj("""["Left","Middle","Right"]""", "String[]") },
    };

    [Theory]
    [MemberData(nameof(BranchForms))]
    public async Task FlowFork_ThreeBranches_RunsEveryBranch(string form, System.Text.Json.Nodes.JsonObject branches)
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Activity("fork", "Elsa.FlowFork", ("branches", branches))
            .WriteLine("l", "Left").WriteLine("m", "Middle").WriteLine("r", "Right")
            .Connect("fork", "l", "Left").Connect("fork", "m", "Middle").Connect("fork", "r", "Right")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.True(result.Status == WorkflowStatus.Finished, form);
        Assert.Equal(["Left", "Middle", "Right"], t.Lines);
        var completed = (await t.JournalAsync(result.InstanceId)).Single(e => e.ActivityId == "fork" && e.Kind == JournalEvents.ActivityCompleted);
        Assert.Equal("Left,Middle,Right", completed.Outcome);
    }

    [Fact]
    public async Task FlowFork_BranchWithoutConnection_IsFine()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Fork("fork", "A", "B").WriteLine("a", "A").Connect("fork", "a", "A").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["A"], t.Lines);
    }

    [Fact]
    public void FlowFork_ConnectionFromUnknownBranch_IsAValidationProblem()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Fork("fork", "A", "B").WriteLine("c", "C").Connect("fork", "c", "C").Build();

        var problems = new DefinitionValidator(t.Registry).Validate(flow);

        var problem = Assert.Single(problems, p => p.Path == "connections[0].source.port");
        Assert.Equal("fork", problem.ActivityId);
        Assert.Contains("A, B", problem.Message);
    }

    [Fact]
    public void FlowFork_NoBranches_IsAValidationProblem()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Activity("fork", "Elsa.FlowFork").Build();

        var problems = new DefinitionValidator(t.Registry).Validate(flow);

        var problem = Assert.Single(problems);
        Assert.Equal(("fork", "branches"), (problem.ActivityId, problem.Path));
    }
}
