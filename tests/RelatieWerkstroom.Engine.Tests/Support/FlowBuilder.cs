using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Engine.Tests.Support;

/// <summary>Builds flowchart definitions in Elsa 3's JSON format for tests (inputs as Elsa input wrappers).</summary>
public sealed class FlowBuilder(string definitionId = "test-flow")
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly JsonArray _variables = [];
    private readonly List<Action<JsonObject>> _tweaks = [];
    private string? _start;

    /// <summary>Changes the finished document (to build definitions the builder methods cannot express).</summary>
    public FlowBuilder WithTweak(Action<JsonObject> change)
    {
        _tweaks.Add(change);
        return this;
    }

    /// <summary>Declares a variable; its id is the name unless given.</summary>
    public FlowBuilder Variable(string name, string typeName = "Object", JsonNode? value = null, string? id = null)
    {
        var v = new JsonObject { ["id"] = id ?? name, ["name"] = name, ["typeName"] = typeName };
        if (value is not null) v["value"] = value;
        _variables.Add(v);
        return this;
    }

    /// <summary>Adds an activity with the given top-level properties (inputs, custom properties…).</summary>
    public FlowBuilder Activity(string id, string type, params (string Name, JsonNode? Value)[] properties)
    {
        var a = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, value) in properties) a[name] = value;
        _activities.Add(a);
        return this;
    }

    public FlowBuilder WriteLine(string id, string text) => Activity(id, "Elsa.WriteLine", ("text", Literal(text)));

    public FlowBuilder WriteLineJs(string id, string script) => Activity(id, "Elsa.WriteLine", ("text", Js(script, "String")));

    public FlowBuilder Node(string id) => Activity(id, "Elsa.FlowNode");

    public FlowBuilder Decision(string id, JsonObject condition) => Activity(id, "Elsa.FlowDecision", ("condition", condition));

    public FlowBuilder Decision(string id, string javaScript) => Decision(id, Js(javaScript, "Boolean"));

    public FlowBuilder Fork(string id, params string[] branches) =>
        Activity(id, "Elsa.FlowFork", ("branches", Literal(string.Join(",", branches), "String[]")));

    public FlowBuilder Join(string id, string mode) => Activity(id, "Elsa.FlowJoin", ("mode", Literal(mode, "FlowJoinMode")));

    public FlowBuilder Delay(string id, string timeSpan) => Activity(id, "Elsa.Delay", ("timeSpan", Literal(timeSpan, "TimeSpan")));

    public FlowBuilder Event(string id, string eventName, string? resultVariableId = null) => resultVariableId is null
        ? Activity(id, "Elsa.Event", ("eventName", Literal(eventName)))
        : Activity(id, "Elsa.Event", ("eventName", Literal(eventName)), ("result", Output(resultVariableId)));

    /// <summary>SetVariable in Elsa's form: the variable as an object { id, name, typeName }.</summary>
    public FlowBuilder SetVariable(string id, string variable, JsonObject value, string typeName = "Object") =>
        Activity(id, "Elsa.SetVariable",
            ("variable", new JsonObject { ["id"] = variable, ["name"] = variable, ["typeName"] = typeName }),
            ("value", value));

    public FlowBuilder RunJavaScript(string id, string script, string? resultVariableId = null) => resultVariableId is null
        ? Activity(id, "Elsa.RunJavaScript", ("script", Literal(script)))
        : Activity(id, "Elsa.RunJavaScript", ("script", Literal(script)), ("result", Output(resultVariableId)));

    /// <summary>Connects a port of one activity to the inbound port of another (current nested form).</summary>
    public FlowBuilder Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        });
        return this;
    }

    /// <summary>Connects the activities one after the other on their Done ports.</summary>
    public FlowBuilder Chain(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++) Connect(ids[i - 1], ids[i]);
        return this;
    }

    /// <summary>Sets <c>root.start</c>.</summary>
    public FlowBuilder StartAt(string id)
    {
        _start = id;
        return this;
    }

    public JsonObject ToJson()
    {
        var root = new JsonObject { ["type"] = "Elsa.Flowchart", ["id"] = "Flowchart1" };
        if (_start is not null) root["start"] = _start;
        root["activities"] = _activities.DeepClone();
        root["connections"] = _connections.DeepClone();
        var document = new JsonObject
        {
            ["id"] = definitionId + ":v1",
            ["definitionId"] = definitionId,
            ["name"] = definitionId,
            ["version"] = 1,
            ["variables"] = _variables.DeepClone(),
            ["isLatest"] = true,
            ["isPublished"] = true,
            ["root"] = root,
        };
        foreach (var tweak in _tweaks) tweak(document);
        return document;
    }

    public WorkflowDefinition Build() => WorkflowDefinitionReader.Read(ToJson());

    public static JsonObject Literal(string? value, string typeName = "String") => InputValue.Wrap(typeName, "Literal", value);

    public static JsonObject Js(string script, string typeName = "Object") => InputValue.Wrap(typeName, "JavaScript", script);

    public static JsonObject Var(string name, string typeName = "Object") => InputValue.Wrap(typeName, "Variable", name);

    public static JsonObject Obj(string json, string typeName = "Object") => InputValue.Wrap(typeName, "Object", json);

    /// <summary>An activity output pointed at a variable, as Elsa writes it.</summary>
    public static JsonObject Output(string variableId) =>
        new() { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = variableId } };
}
