using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>The state of an instance after a start or resume: what a caller needs to go on.</summary>
public sealed record RunResult(
    string InstanceId,
    WorkflowStatus Status,
    IReadOnlyList<BookmarkInfo> Bookmarks,
    JsonObject Output,
    Incident? Incident,
    bool Replayed = false)
{
    /// <summary>Builds a result from an instance.</summary>
    public static RunResult From(WorkflowInstance instance) => new(
        instance.Id, instance.Status,
        instance.Bookmarks.Select(BookmarkInfo.From).ToList(),
        (JsonObject)instance.Output.DeepClone(), instance.Incident);
}

/// <summary>A bookmark as callers see it.</summary>
public sealed record BookmarkInfo(string Id, string ActivityId, string Kind, string? Name, DateTimeOffset? DueAt)
{
    /// <summary>The caller's view of a bookmark.</summary>
    public static BookmarkInfo From(Bookmark bookmark) => new(bookmark.Id, bookmark.ActivityId, bookmark.Kind, bookmark.Name, bookmark.DueAt);
}

/// <summary>How to start an instance.</summary>
public sealed record StartOptions(
    JsonObject? Input = null,
    string? CorrelationId = null,
    string Actor = "system",
    string? InstanceId = null,
    IReadOnlyDictionary<string, JsonNode?>? Variables = null);

/// <summary>A resume: which bookmark, with what data, by whom, under which operation id (for idempotency).</summary>
public sealed record ResumeRequest(string BookmarkId, JsonObject? Payload = null, string? OperationId = null, string Actor = "system");
