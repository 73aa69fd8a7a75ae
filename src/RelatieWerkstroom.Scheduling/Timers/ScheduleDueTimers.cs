using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Impl.Matchers;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Scheduling.Timers;

/// <summary>
/// Finds open timer bookmarks due within the look-ahead that have no trigger yet and schedules one for each:
/// the safety net for bookmarks whose commit-time scheduling (<see cref="ScheduleTimersAtCommit"/>) was lost or that
/// a runtime outside the host created, and for timers whose
/// resume failed (their one-shot trigger is gone, the bookmark is still open).
/// </summary>
public sealed class ScheduleDueTimers(
    ISchedulerFactory schedulers,
    IWorkflowInstanceStore instances,
    TimeProvider time,
    SchedulingOptions options,
    ILogger<ScheduleDueTimers> logger)
{
    /// <summary>Runs one sync; returns the number of triggers added.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        // Triggers first, bookmarks second (see QuartzTimerScheduler): a bookmark still open after this read was
        // not resumed by a trigger missing from it.
        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(SchedulingKeys.TimerTriggerGroup), cancellationToken);
        var scheduled = triggers.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var open = await instances.FindBookmarksAsync(
            new BookmarkFilter(BookmarkKinds.Timer, DueBefore: time.GetUtcNow() + options.TimerLookahead, Take: options.TimerBatchSize),
            cancellationToken);

        var added = 0;
        foreach (var stored in open)
        {
            if (stored.Bookmark.DueAt is not { } dueAt || scheduled.Contains(stored.Bookmark.Id)) continue;
            if (await TimerTriggers.TryScheduleAsync(scheduler, stored.Bookmark.Id, dueAt, cancellationToken)) added++;
        }
        if (added > 0)
            logger.LogInformation("Timer sync scheduled {Count} timer bookmark(s) that had no trigger", added);
        return added;
    }
}
