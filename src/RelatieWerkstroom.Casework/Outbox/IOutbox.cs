namespace RelatieWerkstroom.Casework.Outbox;

/// <summary>Queue of outgoing messages; a sender (another process) picks up pending messages and marks them sent.</summary>
public interface IOutbox
{
    /// <summary>Queues a message; a message id already queued is ignored, so a retried step does not send twice.</summary>
    Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>Pending messages, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> FindPendingAsync(int take = 100, CancellationToken cancellationToken = default);

    /// <summary>All messages of a case file, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> FindByCaseFileAsync(string caseFileId, CancellationToken cancellationToken = default);

    /// <summary>Marks a message sent.</summary>
    Task MarkSentAsync(string messageId, DateTimeOffset sentAt, CancellationToken cancellationToken = default);
}
