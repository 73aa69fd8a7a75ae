namespace RelatieWerkstroom.Casework.Outbox;

/// <summary>An outbox in process memory (tests, simulation).</summary>
public sealed class InMemoryOutbox : IOutbox
{
    private readonly Lock _lock = new();
    private readonly List<OutboxMessage> _messages = [];

    /// <inheritdoc />
    public Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            if (!_messages.Any(m => m.Id == message.Id)) _messages.Add(message);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> FindPendingAsync(int take = 100, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<OutboxMessage>>(_messages.Where(m => m.SentAt is null).Take(take).ToList());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> FindByCaseFileAsync(string caseFileId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<OutboxMessage>>(_messages.Where(m => m.CaseFileId == caseFileId).ToList());
    }

    /// <inheritdoc />
    public Task MarkSentAsync(string messageId, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var index = _messages.FindIndex(m => m.Id == messageId);
            if (index < 0) throw new InvalidOperationException($"no outbox message '{messageId}'");
            _messages[index] = _messages[index] with { SentAt = sentAt };
        }
        return Task.CompletedTask;
    }
}
