using System.Globalization;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Scheduling.Tests.Support;

/// <summary>Small Elsa 3 definitions for scheduling tests.</summary>
public static class Workflows
{
    public const string DelayId = "Delay1";

    /// <summary>Elsa.Delay for <paramref name="delay"/>, then one Elsa.WriteLine.</summary>
    public static WorkflowDefinition DelayThenWrite(TimeSpan delay)
    {
        var definitionId = "delay-" + Guid.NewGuid().ToString("N");
        var document = new JsonObject
        {
            ["id"] = definitionId + "-v1",
            ["definitionId"] = definitionId,
            ["name"] = "Wacht en schrijf",
            ["version"] = 1,
            ["isPublished"] = true,
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["id"] = "Flowchart1",
                ["start"] = DelayId,
                ["activities"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["id"] = DelayId,
                        ["type"] = "Elsa.Delay",
                        ["timeSpan"] = Literal("TimeSpan", delay.ToString("c", CultureInfo.InvariantCulture)),
                    },
                    new JsonObject
                    {
                        ["id"] = "WriteLine1",
                        ["type"] = "Elsa.WriteLine",
                        ["text"] = Literal("String", "na de wachttijd"),
                    },
                },
                ["connections"] = new JsonArray
                {
                    new JsonObject { ["source"] = DelayId, ["target"] = "WriteLine1", ["sourcePort"] = "Done", ["targetPort"] = "In" },
                },
            },
        };
        return WorkflowDefinitionReader.Read(document);
    }

    /// <summary>Elsa.Event waiting for <paramref name="eventName"/>, then Elsa.Delay for <paramref name="delay"/>.</summary>
    public static WorkflowDefinition EventThenDelay(string eventName, TimeSpan delay)
    {
        var definitionId = "event-delay-" + Guid.NewGuid().ToString("N");
        var document = new JsonObject
        {
            ["id"] = definitionId + "-v1",
            ["definitionId"] = definitionId,
            ["name"] = "Wacht op bericht, dan op de tijd",
            ["version"] = 1,
            ["isPublished"] = true,
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["id"] = "Flowchart1",
                ["activities"] = new JsonArray
                {
                    new JsonObject { ["id"] = "Event1", ["type"] = "Elsa.Event", ["eventName"] = Literal("String", eventName) },
                    new JsonObject
                    {
                        ["id"] = DelayId,
                        ["type"] = "Elsa.Delay",
                        ["timeSpan"] = Literal("TimeSpan", delay.ToString("c", CultureInfo.InvariantCulture)),
                    },
                },
                ["connections"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["source"] = new JsonObject { ["activity"] = "Event1", ["port"] = "Done" },
                        ["target"] = new JsonObject { ["activity"] = DelayId, ["port"] = "In" },
                    },
                },
            },
        };
        return WorkflowDefinitionReader.Read(document);
    }

    private static JsonObject Literal(string typeName, string value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value },
    };
}
