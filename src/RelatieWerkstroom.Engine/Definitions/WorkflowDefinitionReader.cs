using System.Text.Json;
using System.Text.Json.Nodes;

using RelatieWerkstroom.Engine.Validation;

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
            throw new DefinitionFormatException(where, ProblemCodes.JsonInvalid, ("detail", FirstSentence(ex.Message)));
        }
        if (node is not JsonObject obj) throw new DefinitionFormatException("$", ProblemCodes.DefinitionNotAnObject);
        return Read(obj);
    }

    /// <summary>Reads a parsed definition document. The document is used as is (not copied).</summary>
    public static WorkflowDefinition Read(JsonObject document)
    {
        var root = document.Get("root") as JsonObject
            ?? throw new DefinitionFormatException("root", ProblemCodes.RootMissing);
        var rootType = root.GetString("type");
        if (rootType is not null && rootType != FlowchartType)
        {
            // Elsa runs any activity as the root (a single WriteLine, say): read it as a flowchart holding just that
            // activity, so it runs as in Elsa; validation warns, and the document itself stays as it was.
            var rootId = root.GetString("id");
            if (string.IsNullOrWhiteSpace(rootId)) throw new DefinitionFormatException("root.id", ProblemCodes.RootWithoutId, ("type", rootType));
            return new WorkflowDefinition(document, root, [new ActivityNode(0, rootId, rootType, root)], [], ReadVariables(document));
        }
        RestoreElsaPlaceholders(root);

        var activities = new List<ActivityNode>();
        if (root.Get("activities") is { } acts)
        {
            if (acts is not JsonArray array) throw new DefinitionFormatException("root.activities", ProblemCodes.NotAList);
            for (var i = 0; i < array.Count; i++)
            {
                var path = $"root.activities[{i}]";
                if (array[i] is not JsonObject a) throw new DefinitionFormatException(path, ProblemCodes.ActivityNotAnObject);
                var id = a.GetString("id");
                if (a.Get("id") is { } idNode && id is null) throw new DefinitionFormatException(path + ".id", ProblemCodes.ActivityIdNotText, ("kind", idNode.GetValueKind()));
                if (string.IsNullOrWhiteSpace(id)) throw new DefinitionFormatException(path + ".id", ProblemCodes.ActivityWithoutId);
                var type = a.GetString("type");
                if (string.IsNullOrWhiteSpace(type)) throw new DefinitionFormatException(path + ".type", ProblemCodes.ActivityWithoutType, ("activity", id));
                activities.Add(new ActivityNode(i, id, type, a));
            }
        }

        var connections = new List<Connection>();
        if (root.Get("connections") is { } conns)
        {
            if (conns is not JsonArray array) throw new DefinitionFormatException("root.connections", ProblemCodes.NotAList);
            for (var i = 0; i < array.Count; i++)
                connections.Add(ReadConnection(array[i], i));
        }

        return new WorkflowDefinition(document, root, activities, connections, ReadVariables(document));
    }

    /// <summary>The activity type of a root that holds activities and connections.</summary>
    internal const string FlowchartType = "Elsa.Flowchart";

    private static List<VariableDefinition> ReadVariables(JsonObject document)
    {
        var variables = new List<VariableDefinition>();
        if (document.Get("variables") is not (null or JsonArray))
            throw new DefinitionFormatException("variables", ProblemCodes.VariablesNotAList);
        if (document.Get("variables") is JsonArray vars)
        {
            for (var i = 0; i < vars.Count; i++)
            {
                if (vars[i] is not JsonObject v) throw new DefinitionFormatException($"variables[{i}]", ProblemCodes.VariableNotAnObject);
                var name = v.GetString("name") ?? throw new DefinitionFormatException($"variables[{i}].name", ProblemCodes.VariableWithoutName);
                variables.Add(new VariableDefinition(v.GetString("id") ?? name, name, v.GetString("typeName") ?? "Object", v.Get("value")?.DeepClone()));
            }
        }
        return variables;
    }

    private const string NotFoundType = "Elsa.NotFoundActivity";
    private const string NotFoundConnections = "notFoundConnections";

    /// <summary>
    /// Undoes what Elsa does to an activity type it does not know: it saves an <c>Elsa.NotFoundActivity</c> placeholder
    /// holding the original JSON (<c>originalActivityJson</c>) and moves the placeholder's outgoing connections to
    /// <c>root.customProperties.notFoundConnections</c>. The original activity comes back with the designer metadata
    /// Elsa kept (position, size) minus the "Not Found" display text and description Elsa put there; the connections
    /// go back into <c>root.connections</c>.
    /// </summary>
    private static void RestoreElsaPlaceholders(JsonObject root)
    {
        if (root.Get("activities") is JsonArray activities)
        {
            for (var i = 0; i < activities.Count; i++)
            {
                if (activities[i] is not JsonObject placeholder || placeholder.GetString("type") != NotFoundType) continue;
                if (placeholder.GetString("originalActivityJson") is not { } originalText) continue; // left as is: validation names the type
                JsonObject original;
                try
                {
                    original = JsonNode.Parse(originalText, documentOptions: DocumentOptions) as JsonObject
                        ?? throw new DefinitionFormatException($"root.activities[{i}].originalActivityJson", ProblemCodes.OriginalJsonNotAnObject);
                }
                catch (JsonException ex)
                {
                    throw new DefinitionFormatException($"root.activities[{i}].originalActivityJson", ProblemCodes.JsonInvalid, ("detail", FirstSentence(ex.Message)));
                }
                if (placeholder.Get("metadata") is JsonObject outer)
                    original[original.KeyOf("metadata") ?? "metadata"] = MergeMetadata(outer, original.Get("metadata") as JsonObject);
                activities[i] = original;
            }
        }

        if (root.Get("customProperties") is not JsonObject custom || custom.KeyOf(NotFoundConnections) is not { } key) return;
        // An empty list stays (Elsa always writes one); a restored list is removed, as the original had none.
        if (custom[key] is not JsonArray { Count: > 0 } moved) return;
        custom.Remove(key);
        var connectionsKey = root.KeyOf("connections") ?? "connections";
        if (root[connectionsKey] is not JsonArray connections) root[connectionsKey] = connections = [];
        var present = new HashSet<string>(connections.Select(c => EndpointsKey(c)));
        foreach (var c in moved)
            if (present.Add(EndpointsKey(c))) connections.Add(c?.DeepClone());
    }

    // Elsa's metadata wins (the designer may have moved the node), except the display text and description it made up;
    // the original's key order is kept so that an untouched placeholder comes back byte for byte.
    private static JsonObject MergeMetadata(JsonObject outer, JsonObject? inner)
    {
        static bool MadeUp(string key, JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) && key switch
        {
            "displayText" => text.StartsWith("Not Found: ", StringComparison.Ordinal),
            "description" => text.StartsWith("Could not find activity type ", StringComparison.Ordinal),
            _ => false,
        };
        var merged = new JsonObject();
        foreach (var (key, value) in inner ?? [])
        {
            var fromElsa = outer.TryGetPropertyValue(key, out var o);
            if (!fromElsa && key is not ("displayText" or "description")) continue; // removed in Elsa
            merged[key] = (fromElsa && !MadeUp(key, o) ? o : value)?.DeepClone();
        }
        foreach (var (key, value) in outer)
            if (!merged.ContainsKey(key) && !MadeUp(key, value)) merged[key] = value?.DeepClone();
        return merged;
    }

    // A connection's identity for de-duplication: source, source port, target, target port (either connection form).
    private static string EndpointsKey(JsonNode? node)
    {
        if (node is not JsonObject c) return node?.ToJsonString() ?? "null";
        static (string?, string?) End(JsonNode? e, string? port) => e switch
        {
            JsonObject o => (o.GetString("activity"), o.GetString("port") ?? port),
            JsonValue v when v.TryGetValue<string>(out var s) => (s, port),
            _ => (null, port),
        };
        var (s, sp) = End(c.Get("source"), c.GetString("sourcePort"));
        var (t, tp) = End(c.Get("target"), c.GetString("targetPort"));
        return $"{s}\u0001{sp ?? "Done"}\u0001{t}\u0001{tp ?? "In"}";
    }

    private static Connection ReadConnection(JsonNode? node, int index)
    {
        var path = $"root.connections[{index}]";
        if (node is not JsonObject c) throw new DefinitionFormatException(path, ProblemCodes.ConnectionNotAnObject);
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
        if (string.IsNullOrEmpty(source)) throw new DefinitionFormatException(path + ".source", ProblemCodes.ConnectionWithoutSource);
        if (string.IsNullOrEmpty(target)) throw new DefinitionFormatException(path + ".target", ProblemCodes.ConnectionWithoutTarget);
        return new Connection(index, source, string.IsNullOrEmpty(sourcePort) ? "Done" : sourcePort,
            target, string.IsNullOrEmpty(targetPort) ? "In" : targetPort, extra);
    }

    private static (string? Activity, string? Port) Endpoint(JsonNode? value, string? port, string path) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => (s, port), // legacy flat form
        JsonObject o => (o.GetString("activity"), Port(o.Get("port"), $"{path}.port") ?? port),
        null => (null, port),
        _ => throw new DefinitionFormatException(path, ProblemCodes.ConnectionEndInvalid),
    };

    // A port names an outcome: a text. A number or true/false is a mistake to report, not to read as the default port.
    private static string? Port(JsonNode? value, string path) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new DefinitionFormatException(path, ProblemCodes.PortNotText, ("kind", value.GetValueKind())),
    };

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
