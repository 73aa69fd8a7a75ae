using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.WriteLine writes its text, whatever kind of expression produces it.</summary>
public sealed class WriteLineTests
{
    [Fact]
    public async Task WriteLine_LiteralText_WritesTheText()
    {
        var t = new TestRuntime();
        var result = await t.StartAsync(new FlowBuilder().WriteLine("w", "Aanvraag ontvangen").Build());
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["Aanvraag ontvangen"], t.Lines);
    }

    [Fact]
    public async Task WriteLine_JavaScriptText_WritesTheEvaluatedText()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Variable("Name", "String", "Wmo").WriteLineJs("w", "'Zaaktype ' + getName() + ' ' + (6 * 7)").Build();
        await t.StartAsync(flow);
        Assert.Equal(["Zaaktype Wmo 42"], t.Lines);
    }

    [Fact]
    public async Task WriteLine_VariableText_WritesTheVariable()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Variable("Name", "String", "Jeugdwet").Activity("w", "Elsa.WriteLine", ("text", Var("Name", "String"))).Build();
        await t.StartAsync(flow);
        Assert.Equal(["Jeugdwet"], t.Lines);
    }

    [Fact]
    public async Task WriteLine_Chain_WritesInConnectionOrderAndJournalsEachStep()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().WriteLine("a", "1").WriteLine("b", "2").WriteLine("c", "3").Chain("a", "b", "c").Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(["1", "2", "3"], t.Lines);
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.Equal(["a", "b", "c"], journal.Where(e => e.Kind == JournalEvents.ActivityCompleted).Select(e => e.ActivityId));
        Assert.All(journal.Where(e => e.Kind == JournalEvents.ActivityCompleted), e => Assert.Equal("Done", e.Outcome));
    }
}
