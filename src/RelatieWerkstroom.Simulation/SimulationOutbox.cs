using RelatieWerkstroom.Casework.Outbox;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// The simulation's outbox: Casework's in-memory outbox with indexes, because a simulated year queues tens of thousands
/// of messages and that outbox checks every new one against all earlier ones. Not thread-safe: the simulation runs on one thread.
/// </summary>
public sealed class SimulationOutbox : IOutbox
{
    private readonly Dictionary<string, OutboxMessage> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byCaseFile = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Number of queued messages.</summary>
    public int Count => _order.Count;

    /// <inheritdoc />
    public Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        // The same message twice (a retried burst) is queued once.
        if (!_byId.TryAdd(message.Id, message)) return Task.CompletedTask;
        InsertOldestFirst(_order, message);
        if (!_byCaseFile.TryGetValue(message.CaseFileId, out var ids)) _byCaseFile[message.CaseFileId] = ids = [];
        InsertOldestFirst(ids, message);
        return Task.CompletedTask;
    }

    // Oldest first, as the outbox contract says; messages nearly always come in time order, so this looks back a step or none.
    private void InsertOldestFirst(List<string> ids, OutboxMessage message)
    {
        var at = ids.Count;
        while (at > 0 && _byId[ids[at - 1]].CreatedAt > message.CreatedAt) at--;
        ids.Insert(at, message.Id);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> FindPendingAsync(int take = 100, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutboxMessage>>(_order.Select(id => _byId[id]).Where(m => m.SentAt is null).Take(take).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> FindByCaseFileAsync(string caseFileId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutboxMessage>>(_byCaseFile.TryGetValue(caseFileId, out var ids) ? ids.Select(id => _byId[id]).ToList() : []);

    /// <inheritdoc />
    public Task MarkSentAsync(string messageId, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        if (!_byId.TryGetValue(messageId, out var message)) throw new InvalidOperationException($"no outbox message '{messageId}'");
        _byId[messageId] = message with { SentAt = sentAt };
        return Task.CompletedTask;
    }
}
