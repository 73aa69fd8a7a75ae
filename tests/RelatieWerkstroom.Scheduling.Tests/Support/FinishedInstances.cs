using System.Collections.Concurrent;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Scheduling.Tests.Support;

/// <summary>A completion signal: the wall-clock moment each instance's finishing burst was committed.</summary>
public sealed class FinishedInstances(TimeProvider clock) : IBurstCommitListener
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DateTimeOffset>> _finished = new(StringComparer.Ordinal);

    /// <summary>Completes when the instance's finishing burst has been committed.</summary>
    public Task<DateTimeOffset> FinishedAt(string instanceId) => Signal(instanceId).Task;

    public ValueTask OnCommittedAsync(CommittedBurst burst, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var instance in burst.Instances.Where(i => i.Status == WorkflowStatus.Finished))
            Signal(instance.Id).TrySetResult(now);
        return ValueTask.CompletedTask;
    }

    private TaskCompletionSource<DateTimeOffset> Signal(string instanceId) =>
        _finished.GetOrAdd(instanceId, _ => new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously));
}
