using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>Reads workflow definitions in Elsa 3's JSON format (both connection forms, any property casing).</summary>
public static class WorkflowDefinitionReader
{
    // Duplicate property names are refused while parsing: which of the two would count is a guess, and JsonObject would throw later.
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false,
    };

    /// <summary>Parses definition text; throws <see cref="DefinitionFormatException"/> with the path of the problem.</summary>
    public static WorkflowDefinition Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : "$";
            throw new DefinitionFormatException(where, $"not valid JSON ({FirstSentence(ex.Message)})");
        }
        if (node is not JsonObject obj) throw new DefinitionFormatException("$", "a workflow definition must be a JSON object");
        return Read(obj);
    }

    /// <summary>Reads a parsed definition document. The document is used as is (not copied).</summary>
    public static WorkflowDefinition Read(JsonObject document)
    {
        var root = document.Get("root") as JsonObject
            ?? throw new DefinitionFormatException("root", "missing the root flowchart ('root' object)");
        var rootType = root.GetString("type");
        if (rootType is not null && rootType != "Elsa.Flowchart")
            throw new DefinitionFormatException("root.type", $"root activity must be 'Elsa.Flowchart', found '{rootType}'");

        var activities = new List<ActivityNode>();
        if (root.Get("activities") is { } acts)
        {
            if (acts is not JsonArray array) throw new DefinitionFormatException("root.activities", "must be an array");
            for (var i = 0; i < array.Count; i++)
            {
                var path = $"root.activities[{i}]";
                if (array[i] is not JsonObject a) throw new DefinitionFormatException(path, "an activity must be a JSON object");
                var id = a.GetString("id");
                if (a.Get("id") is { } idNode && id is null) throw new DefinitionFormatException(path + ".id", $"an activity id must be a text, found {idNode.GetValueKind()}");
                if (string.IsNullOrWhiteSpace(id)) throw new DefinitionFormatException(path + ".id", "activity has no id");
                var type = a.GetString("type");
                if (string.IsNullOrWhiteSpace(type)) throw new DefinitionFormatException(path + ".type", $"activity '{id}' has no type");
                activities.Add(new ActivityNode(i, id, type, a));
            }
        }

        var connections = new List<Connection>();
        if (root.Get("connections") is { } conns)
        {
            if (conns is not JsonArray array) throw new DefinitionFormatException("root.connections", "must be an array");
            for (var i = 0; i < array.Count; i++)
                connections.Add(ReadConnection(array[i], i));
        }

        var variables = new List<VariableDefinition>();
        if (document.Get("variables") is not (null or JsonArray))
            throw new DefinitionFormatException("variables", "must be a list of { name, typeName, value }");
        if (document.Get("variables") is JsonArray vars)
        {
            for (var i = 0; i < vars.Count; i++)
            {
                if (vars[i] is not JsonObject v) throw new DefinitionFormatException($"variables[{i}]", "a variable must be a JSON object");
                var name = v.GetString("name") ?? throw new DefinitionFormatException($"variables[{i}].name", "variable has no name");
                variables.Add(new VariableDefinition(v.GetString("id") ?? name, name, v.GetString("typeName") ?? "Object", v.Get("value")?.DeepClone()));
            }
        }

        return new WorkflowDefinition(document, root, activities, connections, variables);
    }

    private static Connection ReadConnection(JsonNode? node, int index)
    {
        var path = $"root.connections[{index}]";
        if (node is not JsonObject c) throw new DefinitionFormatException(path, "a connection must be a JSON object");
        var extra = new JsonObject();
        string? source = null, target = null, sourcePort = null, targetPort = null;
        foreach (var (key, value) in c)
        {
            switch (key.ToLowerInvariant())
            {
                case "source":
                    (source, sourcePort) = Endpoint(value, sourcePort, $"{path}.source");
                    break;
                case "target":
                    (target, targetPort) = Endpoint(value, targetPort, $"{path}.target");
                    break;
                case "sourceport":
                    sourcePort = Port(value, $"{path}.sourcePort") ?? sourcePort;
                    break;
                case "targetport":
                    targetPort = Port(value, $"{path}.targetPort") ?? targetPort;
                    break;
                default:
                    extra[key] = value?.DeepClone();
                    break;
            }
        }
        if (string.IsNullOrEmpty(source)) throw new DefinitionFormatException(path + ".source", "connection has no source activity");
        if (string.IsNullOrEmpty(target)) throw new DefinitionFormatException(path + ".target", "connection has no target activity");
        return new Connection(index, source, string.IsNullOrEmpty(sourcePort) ? "Done" : sourcePort,
            target, string.IsNullOrEmpty(targetPort) ? "In" : targetPort, extra);
    }

    private static (string? Activity, string? Port) Endpoint(JsonNode? value, string? port, string path) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => (s, port), // legacy flat form
        JsonObject o => (o.GetString("activity"), Port(o.Get("port"), $"{path}.port") ?? port),
        null => (null, port),
        _ => throw new DefinitionFormatException(path, "must be an activity id or { activity, port }"),
    };

    // A port names an outcome: a text. A number or true/false is a mistake to report, not to read as the default port.
    private static string? Port(JsonNode? value, string path) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new DefinitionFormatException(path, $"a port must be a text (the outcome's name), found {value.GetValueKind()}"),
    };

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
