using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>A workflow definition version in Elsa 3's model: a flowchart of activities and connections.</summary>
/// <remarks>
/// The original JSON is kept in <see cref="Document"/>; the typed members are a view over it, so that every
/// property the engine does not understand survives a load → save round trip.
/// </remarks>
public sealed class WorkflowDefinition
{
    internal WorkflowDefinition(JsonObject document, JsonObject root, IReadOnlyList<ActivityNode> activities,
        IReadOnlyList<Connection> connections, IReadOnlyList<VariableDefinition> variables)
    {
        Document = document;
        Root = root;
        Activities = activities;
        Connections = connections;
        Variables = variables;
        var byId = new Dictionary<string, ActivityNode>(StringComparer.Ordinal);
        foreach (var a in activities) byId.TryAdd(a.Id, a);
        ActivitiesById = byId;
    }

    /// <summary>The whole definition document.</summary>
    public JsonObject Document { get; }

    /// <summary>The root flowchart object.</summary>
    public JsonObject Root { get; }

    /// <summary>Version id (<c>id</c>).</summary>
    public string Id => Document.GetString("id") ?? DefinitionId;

    /// <summary>Stable id over all versions (<c>definitionId</c>).</summary>
    public string DefinitionId => Document.GetString("definitionId") ?? Document.GetString("id") ?? "";

    /// <summary>Display name.</summary>
    public string Name => Document.GetString("name") ?? DefinitionId;

    /// <summary>Version number (1 when absent).</summary>
    public int Version => Document.GetInt("version") ?? 1;

    /// <summary>Whether this is the latest version (the draft being edited).</summary>
    public bool IsLatest => Document.GetBool("isLatest") ?? true;

    /// <summary>Whether this version is the published one new instances use.</summary>
    public bool IsPublished => Document.GetBool("isPublished") ?? false;

    /// <summary>
    /// Whether the root is a flowchart (or names no type). Elsa also runs a definition whose root is one other activity;
    /// then that activity is the only one in <see cref="Activities"/> and <see cref="Root"/> is that activity itself.
    /// </summary>
    public bool RootIsFlowchart => Root.GetString("type") is null or WorkflowDefinitionReader.FlowchartType;

    /// <summary>Explicit start activity id (<c>root.start</c>), if any.</summary>
    public string? StartActivityId => RootIsFlowchart ? Root.GetString("start") : null;

    /// <summary>Activities in document order.</summary>
    public IReadOnlyList<ActivityNode> Activities { get; }

    /// <summary>Activities by id (the first wins when ids are duplicated; validation reports that).</summary>
    public IReadOnlyDictionary<string, ActivityNode> ActivitiesById { get; }

    /// <summary>Connections in document order.</summary>
    public IReadOnlyList<Connection> Connections { get; }

    /// <summary>The names of the inputs the definition declares (<c>inputs[].name</c>), as Elsa Studio writes them.</summary>
    public IReadOnlyList<string> InputNames => Document.Get("inputs") is JsonArray inputs
        ? [.. inputs.OfType<JsonObject>().Select(i => i.GetString("name")).Where(n => !string.IsNullOrWhiteSpace(n) && IsIdentifier(n!)).Select(n => n!)]
        : [];

    // Only names a script can call as get<Name>() (Elsa skips the others too).
    private static bool IsIdentifier(string name) => (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    /// <summary>Declared variables.</summary>
    public IReadOnlyList<VariableDefinition> Variables { get; }

    /// <summary>Definition-level custom properties.</summary>
    public JsonObject CustomProperties => Document.Get("customProperties") as JsonObject ?? new JsonObject();

    /// <summary>Returns a copy with changed version metadata (id, version, latest/published flags).</summary>
    public WorkflowDefinition WithVersion(string id, int version, bool isLatest, bool isPublished)
    {
        var doc = (JsonObject)Document.DeepClone();
        doc.Set("id", id);
        doc.Set("definitionId", DefinitionId);
        doc.Set("version", version);
        doc.Set("isLatest", isLatest);
        doc.Set("isPublished", isPublished);
        return WorkflowDefinitionReader.Read(doc);
    }

    /// <summary>Writes the definition in Elsa 3's current format.</summary>
    public string ToJson(bool indented = true) => WorkflowDefinitionWriter.Write(this, indented);
}
