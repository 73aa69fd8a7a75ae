using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.Activities.Discretion;

/// <summary>
/// What a waiting <see cref="DiscretionPoint"/> puts in its bookmark: the question as the worklist, the decision screen
/// and the simulator read it. Written and read only through this type.
/// </summary>
public sealed record DiscretionPointBookmark
{
    /// <summary>The discretion id (e.g. RW1-DP10), also the bookmark's name.</summary>
    public required string DiscretionId { get; init; }

    public string? Question { get; init; }

    public IReadOnlyList<DiscretionOption> Options { get; init; } = [];

    /// <summary>The default offered: the municipality's where its settings set one, else the definition's.</summary>
    public required string DefaultOption { get; init; }

    /// <summary>The definition's own default.</summary>
    public string? DefinitionDefault { get; init; }

    /// <summary><c>definition</c> or <c>municipality</c>: where <see cref="DefaultOption"/> comes from.</summary>
    public string DefaultSource { get; init; } = "definition";

    public string? LegalBasis { get; init; }

    /// <summary>The roles that may decide (empty: any role).</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Whether a reason is required even for the default.</summary>
    public bool ReasonRequired { get; init; }

    /// <summary>The payload JSON (its shape is what the decision screen renders).</summary>
    public JsonObject ToJson() => new()
    {
        ["discretionId"] = DiscretionId,
        ["question"] = Question,
        ["options"] = new JsonArray([.. Options.Select(o => (JsonNode?)o.ToJson())]),
        ["defaultOption"] = DefaultOption,
        ["definitionDefault"] = DefinitionDefault,
        ["defaultSource"] = DefaultSource,
        ["legalBasis"] = LegalBasis,
        ["roles"] = BookmarkJson.Array(Roles),
        ["reasonRequired"] = ReasonRequired,
    };

    /// <summary>Reads a bookmark payload; missing parts read as empty.</summary>
    public static DiscretionPointBookmark Read(JsonObject? payload) => new()
    {
        DiscretionId = BookmarkJson.Text(payload, "discretionId") ?? "",
        Question = BookmarkJson.Text(payload, "question"),
        Options = [.. (payload?["options"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(o => BookmarkJson.Text(o, "id") is { } id ? new DiscretionOption(id, BookmarkJson.Text(o, "label") ?? id, BookmarkJson.Text(o, "explanation")) : null)
            .OfType<DiscretionOption>()],
        DefaultOption = BookmarkJson.Text(payload, "defaultOption") ?? "",
        DefinitionDefault = BookmarkJson.Text(payload, "definitionDefault"),
        DefaultSource = BookmarkJson.Text(payload, "defaultSource") ?? "definition",
        LegalBasis = BookmarkJson.Text(payload, "legalBasis"),
        Roles = BookmarkJson.Texts(payload?["roles"]),
        ReasonRequired = payload?["reasonRequired"] is JsonValue r && r.TryGetValue<bool>(out var required) && required,
    };
}
