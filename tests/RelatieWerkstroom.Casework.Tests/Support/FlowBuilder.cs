using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>Builds small Elsa 3 flowchart definitions with the casework activities, written as the reference workflows write them.</summary>
public sealed class FlowBuilder(string definitionId)
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly Dictionary<string, string> _mainPort = [];

    public FlowBuilder Add(string id, string type, JsonObject? inputs = null)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        if (inputs is not null)
            foreach (var (key, value) in inputs) activity[key] = value?.DeepClone();
        activity["customProperties"] = new JsonObject
        {
            ["friction"] = new JsonObject { ["origin"] = "national", ["basis"] = "test", ["actor"] = "consulent", ["minutes"] = 10 },
        };
        _activities.Add(activity);
        return this;
    }

    public FlowBuilder Start(string id = "start") => Add(id, "Elsa.Start");

    public FlowBuilder End(string id = "end") => Add(id, "Elsa.End");

    public FlowBuilder Task(string id, string title = "Gesprek voeren", string role = "consulent", string? formFields = null,
        string[]? actions = null, int? dueInWorkingDays = null, string? assignee = null, string[]? extraRoles = null)
    {
        var inputs = new JsonObject { ["title"] = Literal("String", title), ["role"] = Literal("String", role) };
        if (formFields is not null) inputs["formFields"] = Object("Object", formFields);
        if (actions is not null) inputs["actions"] = Object("String[]", new JsonArray([.. actions.Select(a => (JsonNode?)a)]).ToJsonString());
        if (dueInWorkingDays is { } due) inputs["dueInWorkingDays"] = Literal("Int32", due.ToString());
        if (assignee is not null) inputs["assignee"] = Literal("String", assignee);
        if (extraRoles is not null) inputs["extraRoles"] = Object("String[]", new JsonArray([.. extraRoles.Select(a => (JsonNode?)a)]).ToJsonString());
        _mainPort[id] = actions?[0] ?? "Gereed";
        return Add(id, "RelatieWerkstroom.HumanTask", inputs);
    }

    public FlowBuilder Discretion(string id, string discretionId = "RW1-DP10", string? options = null, string defaultOption = "toekennen",
        string? legalBasis = "Wmo 2015 art. 2.3.5 lid 3", string[]? roles = null, bool reasonRequired = false, string question = "Maatwerkvoorziening toekennen?")
    {
        var inputs = new JsonObject
        {
            ["discretionId"] = Literal("String", discretionId),
            ["question"] = Literal("String", question),
            ["options"] = Object("Object", options ?? """[{"id":"toekennen","label":"Toekennen"},{"id":"afwijzen","label":"Afwijzen","explanation":"Algemene voorziening voorliggend"}]"""),
            ["defaultOption"] = Literal("String", defaultOption),
        };
        if (legalBasis is not null) inputs["legalBasis"] = Literal("String", legalBasis);
        if (roles is not null) inputs["roles"] = Object("String[]", new JsonArray([.. roles.Select(a => (JsonNode?)a)]).ToJsonString());
        if (reasonRequired) inputs["reasonRequired"] = Literal("Boolean", "true");
        return Add(id, "RelatieWerkstroom.DiscretionPoint", inputs);
    }

    public FlowBuilder Clock(string id, string action, string clock = "beslistermijn", string? term = null, string? reason = null,
        string? extension = null, string? legalBasis = null, int? warningWorkingDays = null, string? on = null, string? owedBy = null,
        string? origin = null, string? verdaging = null)
    {
        var inputs = new JsonObject { ["action"] = Literal("String", action), ["clock"] = Literal("String", clock) };
        if (on is not null) inputs["on"] = Literal("String", on);
        if (owedBy is not null) inputs["owedBy"] = Literal("String", owedBy);
        if (origin is not null) inputs["origin"] = Literal("String", origin);
        if (verdaging is not null) inputs["verdaging"] = Literal("String", verdaging);
        if (term is not null) inputs["term"] = Literal("String", term);
        if (reason is not null) inputs["reason"] = Literal("String", reason);
        if (extension is not null) inputs["extension"] = Literal("String", extension);
        if (legalBasis is not null) inputs["legalBasis"] = Literal("String", legalBasis);
        if (warningWorkingDays is { } w) inputs["warningWorkingDays"] = Literal("Int32", w.ToString());
        return Add(id, "RelatieWerkstroom.LegalClock", inputs);
    }

    /// <summary>A service step sending <paramref name="request"/> with the inputs as JSON text; its first outcome (or Done) is its main port.</summary>
    public FlowBuilder Step(string id, string request, string inputs = "{}", params string[] outcomes)
    {
        var properties = new JsonObject { ["request"] = Literal("String", request), ["inputs"] = Object("Object", inputs) };
        if (outcomes.Length > 0) properties["outcomes"] = Object("String[]", new JsonArray([.. outcomes.Select(o => (JsonNode?)o)]).ToJsonString());
        _mainPort[id] = outcomes.Length > 0 ? outcomes[0] : "Done";
        return Add(id, "RelatieWerkstroom.ServiceStep", properties);
    }

    public FlowBuilder Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        });
        return this;
    }

    /// <summary>Connects the activities one after the other on their main port (Done, or a task's first action).</summary>
    public FlowBuilder Chain(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++) Connect(ids[i - 1], ids[i], _mainPort.GetValueOrDefault(ids[i - 1], "Done"));
        return this;
    }

    public string ToJson() => new JsonObject
    {
        ["id"] = definitionId + "-v1",
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["version"] = 1,
        ["variables"] = new JsonArray(),
        ["root"] = new JsonObject
        {
            ["type"] = "Elsa.Flowchart",
            ["id"] = "flowchart",
            ["activities"] = _activities.DeepClone(),
            ["connections"] = _connections.DeepClone(),
        },
    }.ToJsonString();

    public WorkflowDefinition Build() => WorkflowDefinitionReader.Parse(ToJson());

    public static JsonObject Literal(string typeName, string value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    public static JsonObject Object(string typeName, string json) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = json } };
}
