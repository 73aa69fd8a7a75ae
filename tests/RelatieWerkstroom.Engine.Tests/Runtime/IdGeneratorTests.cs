using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Runtime;

/// <summary><see cref="RuntimeOptions.IdGenerator"/>: instance, bookmark and resume ids come from it, so a seeded generator makes runs repeatable.</summary>
public sealed class IdGeneratorTests
{
    private const string WaitForEvent = """
    { "definitionId": "wacht", "root": { "type": "Elsa.Flowchart", "id": "f",
        "activities": [ { "id": "wacht", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "klaar" } } } ],
        "connections": [] } }
    """;

    [Fact]
    public async Task StartAndResume_CountingGenerator_InstanceBookmarkAndOperationIdsComeFromIt()
    {
        var next = 0;
        var runtime = new TestRuntime(new RuntimeOptions { IdGenerator = () => $"id-{++next}" });

        var started = await runtime.StartAsync(WorkflowDefinitionReader.Parse(WaitForEvent));
        await runtime.Runtime.ResumeAsync(new ResumeRequest(started.Bookmarks[0].Id));

        Assert.Equal("id-1", started.InstanceId);
        Assert.Equal("id-2", started.Bookmarks[0].Id);
        var resumed = Assert.Single(await runtime.JournalAsync(), e => e.Kind == JournalEvents.InstanceResumed);
        Assert.Contains("\"operationId\":\"id-3\"", resumed.PayloadJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DefaultGenerator_GivesDistinctRandomIds()
    {
        var runtime = new TestRuntime();
        var definition = WorkflowDefinitionReader.Parse(WaitForEvent);

        var first = await runtime.StartAsync(definition);
        var second = await runtime.StartAsync(definition);

        Assert.NotEqual(first.InstanceId, second.InstanceId);
        Assert.Equal(32, first.InstanceId.Length);
        Assert.NotEqual(first.Bookmarks[0].Id, second.Bookmarks[0].Id);
    }
}
