namespace RelatieWerkstroom.Persistence.Entities;

/// <summary>An open bookmark, denormalised so that due timers and events are found without reading instance state.</summary>
public sealed class BookmarkRow
{
    /// <summary>Bookmark id.</summary>
    public required string Id { get; set; }

    /// <summary>Owning instance.</summary>
    public required string InstanceId { get; set; }

    /// <summary>Definition of the owning instance.</summary>
    public required string DefinitionId { get; set; }

    /// <summary>The waiting activity.</summary>
    public required string ActivityId { get; set; }

    /// <summary>Type of the waiting activity.</summary>
    public required string ActivityType { get; set; }

    /// <summary>Bookmark kind (Timer, Event, HumanTask, …).</summary>
    public required string Kind { get; set; }

    /// <summary>Event name, task name or child instance id.</summary>
    public string? Name { get; set; }

    /// <summary>When a timer is due.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Correlation of the owning instance.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Bookmark payload as JSON.</summary>
    public string? PayloadJson { get; set; }

    /// <summary>When the bookmark was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
