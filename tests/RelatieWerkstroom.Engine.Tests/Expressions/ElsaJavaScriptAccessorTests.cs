using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Expressions;

/// <summary>
/// Elsa 3's JavaScript functions for a workflow's input and identity, and ExecuteWorkflow's correlationId. Fixtures
/// tests/fixtures/elsa3-oracle/ouder-met-invoer.json + kind-met-invoer.json: Elsa 3.8 (elsa-oracle --with) prints
/// "Hallo Fatima / Fatima / zaak-7 / kind-met-invoer", then "Terug".
/// </summary>
public sealed class ElsaJavaScriptAccessorTests
{
    private static WorkflowDefinition Fixture(string name) =>
        WorkflowDefinitionReader.Parse(File.ReadAllText(Path.Combine(SharedPaths.RepositoryRoot, "tests", "fixtures", "elsa3-oracle", name)));

    [Fact]
    public async Task ChildStartedByExecuteWorkflow_ReadsItsInputAndCorrelationIdAsInElsa()
    {
        var t = new TestRuntime();
        await t.ImportAsync(Fixture("kind-met-invoer.json"));

        var result = await t.StartAsync(Fixture("ouder-met-invoer.json"), new StartOptions(CorrelationId: "zaak-ouder"));

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["Hallo Fatima / Fatima / zaak-7 / kind-met-invoer", "Terug"], t.Lines);
    }

    [Fact]
    public async Task ExecuteWorkflowWithoutCorrelationId_ChildKeepsTheParentsCase()
    {
        // A deliberate difference: Elsa leaves the child's correlation id empty; here it stays with the case it belongs to.
        var t = new TestRuntime();
        await t.ImportAsync(new FlowBuilder("kind").Activity("zeg", "Elsa.WriteLine", ("text", Js("getCorrelationId()"))).Build());

        await t.StartAsync(new FlowBuilder("ouder").Activity("roep", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("kind"))).Build(),
            new StartOptions(CorrelationId: "zaak-42"));

        Assert.Equal(["zaak-42"], t.Lines);
    }

    [Fact]
    public async Task Script_SetCorrelationIdAndInstanceFunctions_WorkOnTheRunningInstance()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder("wie")
            .Activity("zet", "Elsa.RunJavaScript", ("script", Literal("setCorrelationId('zaak-' + getInput('nummer'))")))
            .Activity("zeg", "Elsa.WriteLine", ("text", Js("getCorrelationId() + ' ' + getWorkflowDefinitionId() + ' ' + (getWorkflowInstanceId().length > 0) + ' ' + getInput('ontbreekt')")))
            .Chain("zet", "zeg").Build();

        var result = await t.StartAsync(flow, new StartOptions(Input: new System.Text.Json.Nodes.JsonObject { ["nummer"] = 9 }));

        Assert.Equal(["zaak-9 wie true null"], t.Lines);
        Assert.Equal("zaak-9", (await t.Instances.FindAsync(result.InstanceId))!.CorrelationId);
    }

    // tests/fixtures/elsa3-oracle/activity-output.json: Elsa 3.8 prints "Uitkomst 42 42 42".
    [Fact]
    public async Task Script_ReadsAnotherActivitysOutputByNameOrIdAsInElsa()
    {
        var t = new TestRuntime();

        var result = await t.StartAsync(Fixture("activity-output.json"));

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["Uitkomst 42 42 42"], t.Lines);
    }

    [Fact]
    public async Task ActivityOutput_SurvivesAWaitBetweenBursts()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder("later")
            .Activity("reken", "Elsa.RunJavaScript", ("script", Literal("'klaar'")))
            .Delay("wacht", "01:00:00")
            .Activity("zeg", "Elsa.WriteLine", ("text", Js("getResultFromReken()")))
            .Chain("reken", "wacht", "zeg").Build();

        var final = await t.FireTimersUntilDoneAsync(await t.StartAsync(flow));

        Assert.Equal(WorkflowStatus.Finished, final.Status);
        Assert.Equal(["klaar"], t.Lines);
    }
}
