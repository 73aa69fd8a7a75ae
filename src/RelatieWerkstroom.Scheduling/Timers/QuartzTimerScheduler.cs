using Microsoft.Extensions.Logging;
using Quartz;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Scheduling.Timers;

/// <summary>Schedules timer bookmarks as triggers in Quartz's persistent job store.</summary>
public sealed class QuartzTimerScheduler(
    ISchedulerFactory schedulers,
    IWorkflowInstanceStore instances,
    ILogger<QuartzTimerScheduler> logger) : ITimerScheduler
{
    /// <inheritdoc />
    public async Task<int> ScheduleAsync(IEnumerable<BookmarkInfo> bookmarks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bookmarks);
        var timers = bookmarks.Where(b => b.Kind == BookmarkKinds.Timer && b.DueAt is not null).DistinctBy(b => b.Id).ToList();
        if (timers.Count == 0) return 0;

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var added = 0;
        foreach (var timer in timers)
        {
            if (await scheduler.CheckExists(SchedulingKeys.TimerTrigger(timer.Id), cancellationToken)) continue;
            // Looked at only after the trigger check: a bookmark still open now cannot have been resumed by a
            // trigger that was already gone, so a new trigger never fires a timer a second time.
            if (await instances.FindBookmarkAsync(timer.Id, cancellationToken) is null) continue;
            if (await TimerTriggers.TryScheduleAsync(scheduler, timer.Id, timer.DueAt!.Value, cancellationToken))
            {
                added++;
                logger.LogDebug("Scheduled timer bookmark {BookmarkId} at {DueAt:O}", timer.Id, timer.DueAt);
            }
        }
        return added;
    }
}
