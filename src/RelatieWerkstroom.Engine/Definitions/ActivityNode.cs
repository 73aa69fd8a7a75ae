using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Definitions;

/// <summary>One activity of a flowchart: its id and type plus the full JSON it was read from.</summary>
public sealed class ActivityNode
{
    private static readonly HashSet<string> Structural = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "type", "name", "version", "nodeId", "customProperties", "metadata", "canStartWorkflow", "runAsynchronously", "source", "line",
    };

    /// <summary>Creates a node over its JSON object (kept as is for the round trip).</summary>
    public ActivityNode(int index, string id, string type, JsonObject json)
    {
        Index = index;
        Id = id;
        Type = type;
        Json = json;
        Name = json.GetString("name");
        var custom = json.Get("customProperties") as JsonObject;
        CanStartWorkflow = (custom?.GetBool("canStartWorkflow") ?? json.GetBool("canStartWorkflow")) == true;
        Friction = custom?.Get("friction") as JsonObject;
        FrictionJson = Friction?.ToJsonString();
    }

    /// <summary>Position in the activity list.</summary>
    public int Index { get; }

    /// <summary>Activity id, unique within the flowchart.</summary>
    public string Id { get; }

    /// <summary>Activity type name, e.g. <c>Elsa.WriteLine</c>.</summary>
    public string Type { get; }

    /// <summary>Optional display name.</summary>
    public string? Name { get; }

    /// <summary>The activity's JSON, including inputs, custom properties and designer metadata.</summary>
    public JsonObject Json { get; }

    /// <summary>Whether <c>customProperties.canStartWorkflow</c> is true.</summary>
    public bool CanStartWorkflow { get; }

    /// <summary>The friction annotation (<c>customProperties.friction</c>), if any.</summary>
    public JsonObject? Friction { get; }

    /// <summary>The friction annotation as compact JSON, journalled with every event of this activity.</summary>
    public string? FrictionJson { get; }

    /// <summary>Custom properties of the activity (empty when absent).</summary>
    public JsonObject CustomProperties => Json.Get("customProperties") as JsonObject ?? new JsonObject();

    /// <summary>Reads the input with the given name, or null when the activity does not set it.</summary>
    public InputValue? Input(string name) => Structural.Contains(name) ? null : InputValue.From(Json.Get(name));

    /// <summary>The raw JSON of a property (for structured inputs such as FlowSwitch cases).</summary>
    public JsonNode? Property(string name) => Json.Get(name);

    /// <summary>A label for messages: the name when present, else the id.</summary>
    public string Label => Name is { Length: > 0 } n && n != Id ? $"{n} ({Id})" : Id;
}
