using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>Writes workflow definitions in Elsa 3's current JSON format, keeping every unknown property.</summary>
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
            NormaliseInputs(root); // a single activity as the root: no connections to write
            return document;
        }
        var connections = new JsonArray();
        foreach (var c in definition.Connections) connections.Add(c.ToJson());
        root.Set("connections", connections);
        if (root.Get("activities") is JsonArray activities)
            foreach (var activity in activities.OfType<JsonObject>())
                NormaliseInputs(activity);
        return document;
    }

    // Elsa converts a text to a collection only when it is a JSON array: a Literal "a,b" is one branch named "a,b" there.
    // The reader accepts that form; the writer always writes Elsa's own form, an Object expression holding a JSON array.
    private static void NormaliseInputs(JsonObject activity)
    {
        if (activity.GetString("type") != "Elsa.FlowFork" || activity.KeyOf("branches") is not { } key) return;
        // A JavaScript or Variable expression is left alone: it yields the list when it runs.
        if (InputValue.From(activity[key]) is not { ExpressionType: "Literal" or "Object" } input) return;
        if (input is { ExpressionType: "Object", TypeName: "String[]", Value: JsonValue }) return; // already Elsa's form
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
