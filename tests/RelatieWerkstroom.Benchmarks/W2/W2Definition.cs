using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Benchmarks.W2;

/// <summary>Start → ten service steps (each a trivial MediatR handler) → End, in Elsa 3 JSON.</summary>
public static class W2Definition
{
    public const string DefinitionId = "w2-ten-service-steps";
    public const int Steps = 10;

    /// <summary>The W2 definition; with <paramref name="plainSteps"/> the steps are WriteLines to nowhere (engine overhead alone, no MediatR).</summary>
    public static WorkflowDefinition Build(bool plainSteps = false)
    {
        var activities = new JsonArray { Activity("start", "Elsa.Start") };
        var connections = new JsonArray();
        var previous = "start";
        for (var i = 1; i <= Steps; i++)
        {
            var id = $"step{i}";
            var step = Activity(id, plainSteps ? "Elsa.WriteLine" : "RelatieWerkstroom.ServiceStep");
            if (plainSteps)
            {
                step["text"] = InputValue.Wrap("String", "Literal", $"step {i}");
            }
            else
            {
                step["request"] = InputValue.Wrap("String", "Literal", "Noop");
                step["inputs"] = InputValue.Wrap("Object", "Object", $"{{\"step\":{i}}}");
            }
            step["customProperties"] = new JsonObject
            {
                ["friction"] = new JsonObject
                {
                    ["origin"] = "internal", ["basis"] = "benchmark", ["actor"] = "system", ["minutes"] = 0, ["citizenMinutes"] = 0,
                    ["outOfPocket"] = 0, ["purpose"] = "measure engine overhead",
                },
            };
            activities.Add(step);
            connections.Add(Connection(previous, id));
            previous = id;
        }
        activities.Add(Activity("end", "Elsa.End"));
        connections.Add(Connection(previous, "end"));

        return WorkflowDefinitionReader.Read(new JsonObject
        {
            ["id"] = DefinitionId + ":v1",
            ["definitionId"] = DefinitionId,
            ["name"] = "W2: ten service steps",
            ["version"] = 1,
            ["isPublished"] = true,
            ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart", ["id"] = "flowchart", ["activities"] = activities, ["connections"] = connections },
        });
    }

    private static JsonObject Activity(string id, string type) => new() { ["id"] = id, ["type"] = type };

    private static JsonObject Connection(string source, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = "Done" },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };
}
