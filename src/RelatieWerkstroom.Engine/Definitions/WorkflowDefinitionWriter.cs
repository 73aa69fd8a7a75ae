using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>
/// Writes workflow definitions in Elsa 3's current JSON format, keeping every unknown property: connections in the
/// nested form, and the inputs of Elsa's own activities in the shape Elsa reads (see <see cref="ElsaInputTypes"/>).
/// </summary>
public static class WorkflowDefinitionWriter
{
    /// <summary>Serialises the definition; connections are written in the current nested form.</summary>
    public static string Write(WorkflowDefinition definition, bool indented = true) =>
        ToJsonObject(definition).ToJsonString(indented ? Json.Indented : Json.Options);

    /// <summary>Builds the JSON document for a definition (a deep copy; the definition is not changed).</summary>
    public static JsonObject ToJsonObject(WorkflowDefinition definition)
    {
        var document = (JsonObject)definition.Document.DeepClone();
        var root = (JsonObject)document.Get("root")!;
        if (!definition.RootIsFlowchart)
        {
            NormaliseActivity(root); // a single activity as the root: no connections to write
            return document;
        }
        var connections = new JsonArray();
        foreach (var c in definition.Connections) connections.Add(c.ToJson());
        root.Set("connections", connections);
        if (root.Get("activities") is JsonArray activities)
            foreach (var activity in activities.OfType<JsonObject>())
                NormaliseActivity(activity);
        return document;
    }

    /// <summary>
    /// The inputs of Elsa's own activities with the type name Elsa 3.8 writes for each (measured with elsa-oracle
    /// <c>--roundtrip</c>). Elsa reads an input only when it is <c>{ typeName, expression: { type, value } }</c>: without
    /// <c>typeName</c>, or as a bare <c>{ type, value }</c> expression, it drops the input without a word (a WriteLine
    /// then writes an empty line). The reader here accepts those forms; the writer gives them Elsa's shape.
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, string>> ElsaInputTypes = new(StringComparer.Ordinal)
    {
        ["Elsa.Correlate"] = new() { ["correlationId"] = "String" },
        ["Elsa.Cron"] = new() { ["cronExpression"] = "String" },
        ["Elsa.Delay"] = new() { ["timeSpan"] = "TimeSpan" },
        ["Elsa.Event"] = new() { ["eventName"] = "String" },
        ["Elsa.ExecuteWorkflow"] = new()
        {
            ["workflowDefinitionId"] = "String", ["correlationId"] = "String", ["input"] = "ObjectDictionary", ["waitForCompletion"] = "Boolean",
        },
        ["Elsa.Fault"] = new() { ["code"] = "String", ["message"] = "String", ["category"] = "String", ["faultType"] = "String" },
        ["Elsa.FlowDecision"] = new() { ["condition"] = "Boolean" },
        ["Elsa.FlowFork"] = new() { ["branches"] = "String[]" },
        ["Elsa.FlowJoin"] = new() { ["mode"] = "FlowJoinMode" },
        ["Elsa.RunJavaScript"] = new() { ["script"] = "String" },
        ["Elsa.SetOutput"] = new() { ["outputName"] = "String", ["outputValue"] = "Object" },
        ["Elsa.SetVariable"] = new() { ["value"] = "Object" },
        ["Elsa.Timer"] = new() { ["interval"] = "TimeSpan" },
        ["Elsa.WriteLine"] = new() { ["text"] = "String" },
    };

    private static void NormaliseActivity(JsonObject activity)
    {
        // Elsa Studio writes a version on every activity; Elsa reads a missing one as 1.
        if (activity.KeyOf("version") is null) activity["version"] = 1;
        if (activity.GetString("type") is { } type && ElsaInputTypes.TryGetValue(type, out var inputs))
            foreach (var (name, typeName) in inputs)
                if (activity.KeyOf(name) is { } key && activity[key] is { } value && InElsaShape(value, typeName) is { } shaped)
                    activity[key] = shaped;
        NormaliseForkBranches(activity);
        // A FlowNode's body and a nested flowchart hold activities too.
        if (activity.Get("body") is JsonObject body && body.GetString("type") is not null) NormaliseActivity(body);
        if (activity.Get("activities") is JsonArray children)
            foreach (var child in children.OfType<JsonObject>()) NormaliseActivity(child);
    }

    /// <summary>The input in Elsa's wrapper, or null when it already is (or is a JSON null, which Elsa reads as unset).</summary>
    private static JsonObject? InElsaShape(JsonNode value, string typeName)
    {
        if (value is JsonObject wrapper && wrapper.Get("expression") is JsonObject)
        {
            if (wrapper.KeyOf("typeName") is not null) return null;
            var withType = new JsonObject { ["typeName"] = typeName };
            foreach (var (k, v) in wrapper) withType[k] = v?.DeepClone();
            return withType;
        }
        if (value.GetValueKind() == JsonValueKind.Null) return null;
        var input = InputValue.From(value)!;
        JsonNode? expressionValue = input.Value switch
        {
            // Elsa keeps literal and object values as text: "true", "5", "[\"a\"]".
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.DeepClone(),
            JsonValue v => v.ToJsonString(Json.Options),
            JsonObject o when input.ExpressionType == "Variable" => o.DeepClone(),
            { } node => node.ToJsonString(Json.Options),
            null => null,
        };
        return InputValue.Wrap(typeName, input.ExpressionType, expressionValue);
    }

    // Elsa converts a text to a collection only when it is a JSON array: a Literal "a,b" is one branch named "a,b" there.
    // The reader accepts that form; the writer always writes Elsa's own form, an Object expression holding a JSON array.
    private static void NormaliseForkBranches(JsonObject activity)
    {
        if (activity.GetString("type") != "Elsa.FlowFork" || activity.KeyOf("branches") is not { } key) return;
        // A JavaScript or Variable expression is left alone: it yields the list when it runs.
        if (InputValue.From(activity[key]) is not { ExpressionType: "Literal" or "Object" } input) return;
        // Already Elsa's form: its test suite saved String[], Elsa 3.8 itself writes List<String>.
        if (input is { ExpressionType: "Object", TypeName: "String[]" or "List<String>", Value: JsonValue }) return;
        string? value = input switch
        {
            { Value: JsonArray array } => array.ToJsonString(Json.Options),
            { Text: { } text } when text.TrimStart().StartsWith('[') => text,
            { Text: { } text } => new JsonArray([.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => (JsonNode?)n)]).ToJsonString(Json.Options),
            _ => null,
        };
        if (value is null) return;
        var wrapped = InputValue.Wrap("String[]", "Object", value);
        if (activity[key] is JsonObject old && old.Get("memoryReference") is { } memory) wrapped["memoryReference"] = memory.DeepClone();
        activity[key] = wrapped;
    }

    /// <summary>Writes to a stream as UTF-8.</summary>
    public static void Write(WorkflowDefinition definition, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        ToJsonObject(definition).WriteTo(writer);
    }
}
