using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>Builds small Elsa 3 definitions for the tests: a straight line of activities, each with a friction annotation.</summary>
public static class Flows
{
    public static JsonObject Literal(string typeName, string value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    public static JsonObject Friction(string actor, int minutes) => new()
    {
        ["origin"] = "national",
        ["basis"] = "Wmo 2015 art. 2.3.2 lid 1",
        ["actor"] = actor,
        ["minutes"] = minutes,
        ["citizenMinutes"] = 0,
        ["outOfPocket"] = 0,
        ["purpose"] = "test",
    };

    public static JsonObject Activity(string id, string type, JsonObject? inputs = null, JsonObject? friction = null)
    {
        var activity = new JsonObject
        {
            ["id"] = id,
            ["type"] = type,
            ["version"] = 1,
            ["customProperties"] = new JsonObject { ["friction"] = friction ?? Friction("consulent", 5) },
        };
        if (inputs is not null)
            foreach (var (name, value) in inputs) activity[name] = value?.DeepClone();
        return activity;
    }

    public static JsonObject WriteLine(string id, string text) =>
        Activity(id, "Elsa.WriteLine", new JsonObject { ["text"] = Literal("String", text) });

    /// <summary>Waits for event <paramref name="eventName"/> and stores its payload in the variable Decision.</summary>
    public static JsonObject Event(string id, string eventName) =>
        Activity(id, "Elsa.Event", new JsonObject
        {
            ["eventName"] = Literal("String", eventName),
            ["result"] = new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "Decision" } },
        });

    public static JsonObject Delay(string id, string timeSpan) =>
        Activity(id, "Elsa.Delay", new JsonObject { ["timeSpan"] = Literal("TimeSpan", timeSpan) });

    public static JsonObject Fault(string id, string message) =>
        Activity(id, "Elsa.Fault", new JsonObject { ["message"] = Literal("String", message) });

    /// <summary>A flowchart that runs the activities one after the other.</summary>
    public static WorkflowDefinition Line(string definitionId, params JsonObject[] activities)
    {
        var connections = new JsonArray();
        for (var i = 1; i < activities.Length; i++)
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = activities[i - 1]["id"]!.GetValue<string>(), ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = activities[i]["id"]!.GetValue<string>(), ["port"] = "In" },
            });
        var document = new JsonObject
        {
            ["id"] = definitionId + "-v1",
            ["definitionId"] = definitionId,
            ["name"] = definitionId,
            ["version"] = 1,
            ["variables"] = new JsonArray(new JsonObject { ["id"] = "Decision", ["name"] = "Decision", ["typeName"] = "Object" }),
            ["customProperties"] = new JsonObject(),
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["id"] = "Flowchart1",
                ["activities"] = new JsonArray(activities.Select(a => (JsonNode)a.DeepClone()).ToArray()),
                ["connections"] = connections,
            },
        };
        return WorkflowDefinitionReader.Read(document);
    }
}
