using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>Builds straight-line Elsa 3 definitions with the casework activities; each step continues on its first port.</summary>
public static class CaseFlows
{
    public static JsonObject Task(string id, string title, string? formFields = null)
    {
        var inputs = new JsonObject { ["title"] = Flows.Literal("String", title), ["role"] = Flows.Literal("String", "consulent") };
        if (formFields is not null) inputs["formFields"] = ObjectInput("Object", formFields);
        return Step(id, "RelatieWerkstroom.HumanTask", "Gereed", inputs);
    }

    public static JsonObject Clock(string id, string action, string? term = null)
    {
        var inputs = new JsonObject
        {
            ["action"] = Flows.Literal("String", action),
            ["clock"] = Flows.Literal("String", "beslistermijn"),
            ["legalBasis"] = Flows.Literal("String", "Wmo 2015 art. 2.3.5 lid 1"),
        };
        if (term is not null) inputs["term"] = Flows.Literal("String", term);
        return Step(id, "RelatieWerkstroom.LegalClock", "Done", inputs);
    }

    /// <summary>A discretion point with options toekennen (default) and afwijzen; the line continues on <paramref name="port"/>.</summary>
    public static JsonObject Discretion(string id, string port) =>
        Step(id, "RelatieWerkstroom.DiscretionPoint", port, new JsonObject
        {
            ["discretionId"] = Flows.Literal("String", "RW1-DP10"),
            ["question"] = Flows.Literal("String", "Maatwerkvoorziening toekennen?"),
            ["options"] = ObjectInput("Object", """[{"id":"toekennen","label":"Toekennen"},{"id":"afwijzen","label":"Afwijzen"}]"""),
            ["defaultOption"] = Flows.Literal("String", "toekennen"),
            ["legalBasis"] = Flows.Literal("String", "Wmo 2015 art. 2.3.5 lid 3"),
        });

    public static JsonObject Step(string id, string type, string port = "Done", JsonObject? inputs = null)
    {
        var activity = Flows.Activity(id, type, inputs);
        activity["port"] = port; // read by Line, removed there
        return activity;
    }

    public static WorkflowDefinition Line(string definitionId, params JsonObject[] steps)
    {
        var activities = steps.Select(s => (JsonObject)s.DeepClone()).ToList();
        var connections = new JsonArray();
        for (var i = 1; i < activities.Count; i++)
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = activities[i - 1]["id"]!.GetValue<string>(), ["port"] = activities[i - 1]["port"]!.GetValue<string>() },
                ["target"] = new JsonObject { ["activity"] = activities[i]["id"]!.GetValue<string>(), ["port"] = "In" },
            });
        foreach (var activity in activities) activity.Remove("port");
        var document = new JsonObject
        {
            ["id"] = definitionId + "-v1",
            ["definitionId"] = definitionId,
            ["name"] = definitionId,
            ["version"] = 1,
            ["variables"] = new JsonArray(),
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["id"] = "Flowchart1",
                ["activities"] = new JsonArray([.. activities]),
                ["connections"] = connections,
            },
        };
        return WorkflowDefinitionReader.Read(document);
    }

    private static JsonObject ObjectInput(string typeName, string json) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = json } };
}
