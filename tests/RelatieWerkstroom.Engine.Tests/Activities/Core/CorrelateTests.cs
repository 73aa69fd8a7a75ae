using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.Correlate sets the instance's correlation id (the case file it belongs to).</summary>
public sealed class CorrelateTests
{
    [Fact]
    public async Task Correlate_ThenWait_BookmarkAndLaterJournalCarryTheCorrelationId()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("CaseId", "String", "zaak-2026-0042")
            .Activity("correlate", "Elsa.Correlate", ("correlationId", Js("getCaseId()", "String")))
            .Event("wait", "Go")
            .Chain("correlate", "wait")
            .Build();

        var result = await t.StartAsync(flow);

        var instance = await t.Instances.FindAsync(result.InstanceId);
        Assert.Equal("zaak-2026-0042", instance!.CorrelationId);
        var journal = await t.JournalAsync(result.InstanceId);
        Assert.All(journal.SkipWhile(e => e.ActivityId != "wait"), e => Assert.Equal("zaak-2026-0042", e.CorrelationId));
        Assert.Empty(await t.Runtime.TriggerEventAsync("Go", correlationId: "zaak-other"));
        Assert.Single(await t.Runtime.TriggerEventAsync("Go", correlationId: "zaak-2026-0042"));
    }

    [Fact]
    public async Task Correlate_LiteralOverridesStartCorrelation()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Activity("correlate", "Elsa.Correlate", ("correlationId", Literal("nieuw"))).Build();

        var result = await t.StartAsync(flow, new StartOptions(CorrelationId: "oud"));

        Assert.Equal("nieuw", (await t.Instances.FindAsync(result.InstanceId))!.CorrelationId);
    }
}
