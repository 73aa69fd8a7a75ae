namespace RelatieWerkstroom.Persistence.Entities;

/// <summary>An outgoing message waiting to be sent (or sent), queued in the same transaction as the burst that produced it.</summary>
public sealed class OutboxMessageRow
{
    /// <summary>Message id; a second enqueue of the same id is ignored.</summary>
    public required string Id { get; set; }

    /// <summary>The case file it belongs to.</summary>
    public required string CaseFileId { get; set; }

    /// <summary>What it is, e.g. <c>iWmo.WMO301</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>Who receives it.</summary>
    public string? Recipient { get; set; }

    /// <summary>The content (JSON or text; may hold personal data the recipient needs).</summary>
    public required string Payload { get; set; }

    /// <summary>The instance that produced it.</summary>
    public string? InstanceId { get; set; }

    /// <summary>The activity that produced it.</summary>
    public string? ActivityId { get; set; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was sent; null while pending.</summary>
    public DateTimeOffset? SentAt { get; set; }
}
