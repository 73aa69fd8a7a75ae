using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.FlowNode does nothing but pass on; with several inbound connections it is an implicit join.</summary>
public sealed class FlowNodeTests
{
    [Fact]
    public async Task FlowNode_InChain_PassesOn()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().WriteLine("a", "a").Node("n").WriteLine("b", "b").Chain("a", "n", "b").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["a", "b"], t.Lines);
    }

    [Fact]
    public async Task FlowNode_MergingBothSidesOfDecision_RunsOnceAfterTheTakenSide()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Decision("d", Literal("false", "Boolean"))
            .WriteLine("yes", "yes").WriteLine("no", "no")
            .Node("merge").WriteLine("after", "after")
            .Connect("d", "yes", "True").Connect("d", "no", "False")
            .Connect("yes", "merge").Connect("no", "merge")
            .Chain("merge", "after")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(["no", "after"], t.Lines);
        var instance = await t.Instances.FindAsync(result.InstanceId);
        Assert.Equal(1, instance!.ExecutionCounts["merge"]);
    }

    [Fact]
    public async Task FlowNode_AllInboundDead_IsSkippedAndSoIsEverythingAfter()
    {
        var t = new TestRuntime();
        // Neither side of the inner decision is reached: the outer decision went the other way.
        var flow = new FlowBuilder()
            .Decision("outer", Literal("false", "Boolean"))
            .Decision("inner", Literal("true", "Boolean"))
            .WriteLine("a", "a").WriteLine("b", "b")
            .Node("merge").WriteLine("after", "after")
            .WriteLine("other", "other")
            .Connect("outer", "inner", "True").Connect("outer", "other", "False")
            .Connect("inner", "a", "True").Connect("inner", "b", "False")
            .Connect("a", "merge").Connect("b", "merge")
            .Chain("merge", "after")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["other"], t.Lines);
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.DoesNotContain(journal, e => e.ActivityId is "merge" or "after");
    }
}
