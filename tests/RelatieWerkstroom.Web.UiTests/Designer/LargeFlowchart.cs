using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Web.UiTests.Designer;

/// <summary>A generated flowchart of many steps in a chain on a grid, for measuring the canvas with a large workflow.</summary>
public static class LargeFlowchart
{
    private static readonly string[] Types =
        ["RelatieWerkstroom.HumanTask", "Elsa.Delay", "Elsa.FlowNode", "RelatieWerkstroom.LegalClock"];

    private static readonly string[] Origins = ["national", "local", "contract", "internal"];

    public static JsonObject Create(string definitionId, int count)
    {
        var activities = new JsonArray();
        var connections = new JsonArray();
        string? previousId = null;
        string? previousPort = null;
        for (var i = 0; i < count; i++)
        {
            var type = i == 0 ? "Elsa.Start" : i == count - 1 ? "Elsa.End" : Types[i % Types.Length];
            var activity = new JsonObject
            {
                ["id"] = $"Stap{i}",
                ["type"] = type,
                ["version"] = 1,
                ["name"] = $"Stap {i}",
                ["customProperties"] = new JsonObject
                {
                    ["friction"] = new JsonObject
                    {
                        ["origin"] = Origins[i % Origins.Length], ["basis"] = "Meting", ["actor"] = "consulent",
                        ["minutes"] = i % 7, ["citizenMinutes"] = i % 3, ["outOfPocket"] = 0, ["purpose"] = "Meting van het werkblad.",
                    },
                },
                ["metadata"] = new JsonObject
                {
                    ["designer"] = new JsonObject
                    {
                        ["position"] = new JsonObject { ["x"] = i % 25 * 300, ["y"] = i / 25 * 140 },
                        ["size"] = new JsonObject { ["width"] = 240, ["height"] = 64 },
                    },
                },
            };
            if (type == "RelatieWerkstroom.HumanTask")
            {
                activity["title"] = Literal($"Stap {i} uitvoeren");
                activity["role"] = Literal("consulent");
            }
            if (type == "Elsa.Delay") activity["timeSpan"] = Literal("1.00:00:00", "TimeSpan");
            if (type == "RelatieWerkstroom.LegalClock")
            {
                activity["action"] = Literal("stop");
                activity["clock"] = Literal("beslistermijn");
            }
            activities.Add(activity);
            if (previousId is not null)
                connections.Add(new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = previousId, ["port"] = previousPort },
                    ["target"] = new JsonObject { ["activity"] = $"Stap{i}", ["port"] = "In" },
                    ["vertices"] = new JsonArray(),
                });
            previousId = $"Stap{i}";
            previousPort = type == "RelatieWerkstroom.HumanTask" ? "Gereed" : "Done";
        }
        return new JsonObject
        {
            ["id"] = $"{definitionId}-v1",
            ["definitionId"] = definitionId,
            ["name"] = $"Meting {count} stappen",
            ["version"] = 1,
            ["variables"] = new JsonArray(),
            ["customProperties"] = new JsonObject(),
            ["isLatest"] = true,
            ["isPublished"] = false,
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart", ["version"] = 1, ["id"] = "Flowchart1",
                ["activities"] = activities, ["connections"] = connections,
            },
        };
    }

    private static JsonObject Literal(string value, string typeName = "String") =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
}
