using System.Globalization;
using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.Activities.Tasks;

/// <summary>
/// What a waiting <see cref="HumanTask"/> puts in its bookmark: the task as the worklist, the task screen and the
/// simulator read it. Written and read only through this type, so that the writer and its readers cannot drift apart.
/// </summary>
public sealed record HumanTaskBookmark
{
    public required string Title { get; init; }

    /// <summary>The role that does the task (also the bookmark's name, so a database can find a role's tasks).</summary>
    public required string Role { get; init; }

    /// <summary>Further roles that may do it.</summary>
    public IReadOnlyList<string> ExtraRoles { get; init; } = [];

    public string? Instructions { get; init; }

    /// <summary>The user the task is pre-assigned to, if any.</summary>
    public string? Assignee { get; init; }

    public IReadOnlyList<FormField> FormFields { get; init; } = [];

    /// <summary>The actions that finish the task (its outcomes).</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    public int? DueInWorkingDays { get; init; }

    /// <summary>The internal due date (working days from when the task opened).</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The roles that may act: <see cref="Role"/> and <see cref="ExtraRoles"/>.</summary>
    public IReadOnlyList<string> AllRoles => [Role, .. ExtraRoles];

    /// <summary>The payload JSON (its shape is what the task screen renders).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["title"] = Title,
            ["role"] = Role,
            ["extraRoles"] = BookmarkJson.Array(ExtraRoles),
            ["instructions"] = Instructions,
            ["assignee"] = Assignee,
            ["formFields"] = new JsonArray([.. FormFields.Select(f => (JsonNode?)f.ToJson())]),
            ["actions"] = BookmarkJson.Array(Actions),
        };
        if (DueInWorkingDays is { } days) json["dueInWorkingDays"] = days;
        if (DueDate is { } due) json["dueDate"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return json;
    }

    /// <summary>Reads a bookmark payload; missing parts read as empty (a bookmark written by an older version).</summary>
    public static HumanTaskBookmark Read(JsonObject? payload) => new()
    {
        Title = BookmarkJson.Text(payload, "title") ?? "",
        Role = BookmarkJson.Text(payload, "role") ?? "",
        ExtraRoles = BookmarkJson.Texts(payload?["extraRoles"]),
        Instructions = BookmarkJson.Text(payload, "instructions"),
        Assignee = BookmarkJson.Text(payload, "assignee"),
        FormFields = [.. (payload?["formFields"] as JsonArray ?? []).OfType<JsonObject>().Select(FormField.FromJson).OfType<FormField>()],
        Actions = BookmarkJson.Texts(payload?["actions"]),
        DueInWorkingDays = payload?["dueInWorkingDays"] is JsonValue d && d.TryGetValue<int>(out var days) ? days : null,
        DueDate = BookmarkJson.Text(payload, "dueDate") is { } text
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
    };
}
