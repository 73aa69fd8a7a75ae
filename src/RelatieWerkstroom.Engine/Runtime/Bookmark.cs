using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>A point where an instance waits for outside input; resumed by its id.</summary>
public sealed class Bookmark
{
    /// <summary>Unique id used to resume.</summary>
    public required string Id { get; init; }

    /// <summary>The waiting activity.</summary>
    public required string ActivityId { get; init; }

    /// <summary>Type of the waiting activity.</summary>
    public required string ActivityType { get; init; }

    /// <summary>Kind: Timer, Event, HumanTask, DiscretionPoint, ChildWorkflow, …</summary>
    public required string Kind { get; init; }

    /// <summary>Event name, task name or child instance id.</summary>
    public string? Name { get; init; }

    /// <summary>When a timer bookmark is due.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Data for whoever resumes it (task form, options).</summary>
    public JsonObject? Payload { get; init; }

    /// <summary>When the bookmark was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Well-known bookmark kinds.</summary>
public static class BookmarkKinds
{
    public const string Timer = "Timer";
    public const string Event = "Event";
    public const string ChildWorkflow = "ChildWorkflow";
}
