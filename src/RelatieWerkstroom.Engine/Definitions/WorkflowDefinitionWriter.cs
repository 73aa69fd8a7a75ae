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
        var connections = new JsonArray();
        foreach (var c in definition.Connections) connections.Add(c.ToJson());
        root.Set("connections", connections);
        return document;
    }

    /// <summary>Writes to a stream as UTF-8.</summary>
    public static void Write(WorkflowDefinition definition, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        ToJsonObject(definition).WriteTo(writer);
    }
}
