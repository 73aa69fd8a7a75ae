using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Scheduling.Timers;

/// <summary>
/// Gives open timer bookmarks (Delay, Timer, Cron) a persistent Quartz trigger at their due time. Call it right
/// after a start or resume; the recurring timer sync catches any bookmark a caller did not pass on.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>
    /// Schedules a trigger for each open timer bookmark among <paramref name="bookmarks"/> that has none yet;
    /// other kinds are ignored. Returns the number of triggers added. Scheduling a bookmark twice adds nothing.
    /// </summary>
    Task<int> ScheduleAsync(IEnumerable<BookmarkInfo> bookmarks, CancellationToken cancellationToken = default);
}
