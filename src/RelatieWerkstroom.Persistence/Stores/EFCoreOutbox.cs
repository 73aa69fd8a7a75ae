using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Casework.Outbox;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>The outbox in the application database: messages a burst sends are queued in that burst's transaction.</summary>
public sealed class EFCoreOutbox : IOutbox
{
    private readonly IDbContextFactory<WerkstroomDbContext>? _contexts;
    private readonly WerkstroomDbContext? _enlisted;

    /// <summary>An outbox that uses a fresh context for every call.</summary>
    public EFCoreOutbox(IDbContextFactory<WerkstroomDbContext> contexts) => _contexts = contexts;

    // An outbox that queues inside a running commit: through its context and its open transaction.
    internal EFCoreOutbox(WerkstroomDbContext enlisted) => _enlisted = enlisted;

    /// <inheritdoc />
    public async Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var lease = await DbLease.OpenAsync(_contexts, _enlisted, cancellationToken);
        var db = lease.Db;
        if (await db.OutboxMessages.AnyAsync(m => m.Id == message.Id, cancellationToken)) return;
        db.OutboxMessages.Add(CaseFileMapper.ToRow(message));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            // Queued by someone else between the check and the insert: queued once, which is what was asked. (Inside a
            // commit EF's savepoint keeps the surrounding transaction usable.)
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxMessage>> FindPendingAsync(int take = 100, CancellationToken cancellationToken = default)
    {
        await using var lease = await DbLease.OpenAsync(_contexts, _enlisted, cancellationToken);
        var rows = await lease.Db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(CaseFileMapper.ToMessage).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxMessage>> FindByCaseFileAsync(string caseFileId, CancellationToken cancellationToken = default)
    {
        await using var lease = await DbLease.OpenAsync(_contexts, _enlisted, cancellationToken);
        var rows = await lease.Db.OutboxMessages.AsNoTracking()
            .Where(m => m.CaseFileId == caseFileId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(CaseFileMapper.ToMessage).ToList();
    }

    /// <inheritdoc />
    public async Task MarkSentAsync(string messageId, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        await using var lease = await DbLease.OpenAsync(_contexts, _enlisted, cancellationToken);
        var updated = await lease.Db.OutboxMessages.Where(m => m.Id == messageId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, sentAt), cancellationToken);
        if (updated == 0) throw new InvalidOperationException($"no outbox message '{messageId}'");
    }
}
