using RelatieWerkstroom.Casework.Outbox;

namespace RelatieWerkstroom.Web.Outbox;

/// <summary>Hands one outgoing message over to its recipient (GGk, CAK, SVB, TenderNed, the post); throws when that fails.</summary>
public interface IOutboxSender
{
    /// <summary>Sends <paramref name="message"/>; the same message twice must arrive once (its id is the key).</summary>
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
