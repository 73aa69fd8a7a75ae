using Quartz;
using RelatieWerkstroom.Casework.Outbox;

namespace RelatieWerkstroom.Web.Outbox;

/// <summary>
/// Sends the pending outbox messages, oldest first, and marks each sent once its sender took it. A message whose
/// sending fails stays pending and is tried again on the next run; the ones after it still go.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DeliverOutboxJob(IOutbox outbox, IOutboxSender sender, TimeProvider time, ILogger<DeliverOutboxJob> logger) : IJob
{
    /// <summary>The job's key.</summary>
    public static readonly JobKey Key = new("deliver-outbox", Scheduling.SchedulingKeys.Group);

    /// <inheritdoc />
    public async Task Execute(IJobExecutionContext context)
    {
        var cancellationToken = context.CancellationToken;
        foreach (var message in await outbox.FindPendingAsync(100, cancellationToken))
        {
            try
            {
                await sender.SendAsync(message, cancellationToken);
                await outbox.MarkSentAsync(message.Id, time.GetUtcNow(), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Ids only: the payload may hold what the recipient needs about a person.
                logger.LogWarning(ex, "Outbox message {MessageId} ({Kind}) could not be sent; it is tried again on the next run", message.Id, message.Kind);
            }
        }
    }
}
