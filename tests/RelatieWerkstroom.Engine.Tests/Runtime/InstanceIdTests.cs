using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Runtime;

/// <summary>Instance ids are random version 4 GUIDs in "N" form, and never repeat, also when started in parallel.</summary>
public sealed class InstanceIdTests
{
    [Fact]
    public async Task StartAsync_ManyInstancesOnSeveralThreads_GivesDistinctVersion4Ids()
    {
        // Arrange
        var t = new TestRuntime();
        var definition = await t.ImportAsync(WorkflowDefinitionReader.Read(new JsonObject
        {
            ["id"] = "ids:v1",
            ["definitionId"] = "ids",
            ["isPublished"] = true,
            ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart", ["activities"] = new JsonArray(new JsonObject { ["id"] = "start", ["type"] = "Elsa.Start" }) },
        }));
        var ids = new ConcurrentBag<string>();

        // Act
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 500; i++) ids.Add((await t.Runtime.StartAsync(definition)).InstanceId);
        })));

        // Assert
        Assert.Equal(2000, ids.Distinct().Count());
        Assert.All(ids, id =>
        {
            Assert.Matches("^[0-9a-f]{32}$", id);
            var guid = Guid.ParseExact(id, "N");
            Assert.Equal(4, guid.Version);
            Assert.Contains(id[16], "89ab");
        });
    }
}
