namespace RelatieWerkstroom.Persistence.Entities;

/// <summary>A carried-out start or resume, kept so that the same operation id is never carried out twice.</summary>
public sealed class OperationRow
{
    /// <summary>Operation id (caller supplied or generated).</summary>
    public required string OperationId { get; set; }

    /// <summary>The instance the operation changed.</summary>
    public required string InstanceId { get; set; }

    /// <summary>The bookmark the operation consumed, if any.</summary>
    public string? BookmarkId { get; set; }

    /// <summary>The result returned to the caller, as JSON, so a repeat gets the same answer.</summary>
    public required string ResultJson { get; set; }

    /// <summary>When the operation was carried out.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
