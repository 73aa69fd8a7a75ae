using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>Builds small Elsa 3 flowchart definitions for tests.</summary>
public sealed class FlowchartBuilder(string definitionId)
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly JsonArray _variables = [];

    public FlowchartBuilder Start(string id = "start") => Activity(id, "Elsa.Start");

    public FlowchartBuilder End(string id = "end") => Activity(id, "Elsa.End");

    public FlowchartBuilder WriteLine(string id, string text) =>
        Activity(id, "Elsa.WriteLine", new JsonObject { ["text"] = InputValue.Wrap("String", "Literal", text) });

    /// <summary>A service step; <paramref name="inputs"/> is written as an Object expression, as Elsa does.</summary>
    public FlowchartBuilder ServiceStep(string id, string request, JsonObject? inputs = null, params string[] outcomes)
    {
        var properties = new JsonObject { ["request"] = InputValue.Wrap("String", "Literal", request) };
        if (inputs is not null) properties["inputs"] = InputValue.Wrap("Object", "Object", inputs.ToJsonString());
        if (outcomes.Length > 0)
            properties["outcomes"] = InputValue.Wrap("String[]", "Object", new JsonArray([.. outcomes.Select(o => JsonValue.Create(o))]).ToJsonString());
        return Activity(id, "RelatieWerkstroom.ServiceStep", properties);
    }

    /// <summary>An activity with the given raw properties (input wrappers and the like).</summary>
    public FlowchartBuilder Activity(string id, string type, JsonObject? properties = null)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type };
        if (properties is not null)
            foreach (var (key, value) in properties) activity[key] = value?.DeepClone();
        _activities.Add(activity);
        return this;
    }

    public FlowchartBuilder Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        });
        return this;
    }

    public FlowchartBuilder Variable(string name, string typeName = "Object")
    {
        _variables.Add(new JsonObject { ["id"] = name, ["name"] = name, ["typeName"] = typeName });
        return this;
    }

    public WorkflowDefinition Build() => WorkflowDefinitionReader.Read(new JsonObject
    {
        ["id"] = definitionId + ":v1",
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["version"] = 1,
        ["isPublished"] = true,
        ["variables"] = _variables.DeepClone(),
        ["root"] = new JsonObject
        {
            ["type"] = "Elsa.Flowchart",
            ["id"] = "flowchart",
            ["activities"] = _activities.DeepClone(),
            ["connections"] = _connections.DeepClone(),
        },
    });
}
