using System.Text.Json;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Runtime;

/// <summary>
/// NaN and ±Infinity have no JSON form. A script that produces one makes an incident at its own activity, with what ran before
/// it journalled, instead of an instance that cannot be stored (issue 14, item 2).
/// </summary>
public sealed class UnstorableNumberTests
{
    public static TheoryData<string> Scripts => new() { "0/0", "1/0", "-1/0", "({ total: 0/0 })", "[1, 1/0]" };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task AScriptSettingNaNOrInfinity_FaultsAtThatActivityAndTheInstanceStaysStorable(string script)
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Total")
            .WriteLine("before", "berekening start")
            .RunJavaScript("calc", $"setTotal({script});")
            .WriteLine("after", "niet bereikt")
            .Chain("before", "calc", "after")
            .Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("calc", result.Incident!.ActivityId);
        Assert.Contains("NaN and Infinity", result.Incident.Message);
        Assert.Equal(["berekening start"], t.Lines);
        var stored = (await t.Instances.FindAsync(result.InstanceId))!;
        Assert.Equal(WorkflowStatus.Faulted, stored.Status);
        // What the store writes must be JSON: no NaN slipped into the variables.
        Assert.All(stored.Variables.Values, v => JsonDocument.Parse(v?.ToJsonString() ?? "null"));
    }

    [Fact]
    public async Task AWaitingInstanceWhoseNextBurstMakesNaN_BecomesAnIncidentThatCanBeRetried()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder()
            .Variable("Total")
            .Event("wait", "Herberekening")
            .RunJavaScript("calc", "setTotal(0/0);")
            .Chain("wait", "calc")
            .Build();
        var started = await t.StartAsync(flow);
        var bookmark = Assert.Single(started.Bookmarks);

        var resumed = await t.Runtime.ResumeAsync(new ResumeRequest(bookmark.Id, OperationId: "op-1"));

        Assert.Equal(WorkflowStatus.Faulted, resumed.Status);
        Assert.Equal("calc", resumed.Incident!.ActivityId);
        var retried = await t.Runtime.RetryAsync(resumed.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, retried.Status);
        Assert.Equal("calc", retried.Incident!.ActivityId);
    }
}
