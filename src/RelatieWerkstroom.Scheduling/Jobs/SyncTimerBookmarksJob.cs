using Quartz;
using RelatieWerkstroom.Scheduling.Timers;

namespace RelatieWerkstroom.Scheduling.Jobs;

/// <summary>Schedules triggers for open timer bookmarks that have none; runs at start-up and then at an interval.</summary>
[DisallowConcurrentExecution]
public sealed class SyncTimerBookmarksJob(ScheduleDueTimers sync) : IJob
{
    /// <inheritdoc />
    public Task Execute(IJobExecutionContext context) => sync.RunAsync(context.CancellationToken);
}
