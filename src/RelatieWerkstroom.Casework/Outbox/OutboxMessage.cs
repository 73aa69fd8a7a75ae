namespace RelatieWerkstroom.Casework.Outbox;

/// <summary>
/// An outgoing message (an iWmo/iJw record, a CAK or SVB notification, a tender notice) waiting to be sent.
/// The payload may hold personal data the recipient needs; the outbox is not the journal and is never exported.
/// </summary>
public sealed record OutboxMessage
{
    /// <summary>Message id.</summary>
    public required string Id { get; init; }

    /// <summary>The case file it belongs to.</summary>
    public required string CaseFileId { get; init; }

    /// <summary>What it is, e.g. <c>iWmo.WMO301</c>, <c>iJw.JW301</c>, <c>CAK.iEb</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Who receives it (an AGB code, "CAK", "SVB", "TenderNed").</summary>
    public string? Recipient { get; init; }

    /// <summary>The message content as JSON or text.</summary>
    public required string Payload { get; init; }

    /// <summary>The workflow instance that produced it, if any.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The activity that produced it, if any.</summary>
    public string? ActivityId { get; init; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was sent; null while pending.</summary>
    public DateTimeOffset? SentAt { get; init; }
}
