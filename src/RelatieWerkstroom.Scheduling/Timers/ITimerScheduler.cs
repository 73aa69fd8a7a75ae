using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Scheduling.Timers;

/// <summary>
/// Gives open timer bookmarks (Delay, Timer, Cron) a persistent Quartz trigger at their due time. Called after every
/// commit by <see cref="ScheduleTimersAtCommit"/>; the recurring timer sync catches any bookmark that call missed.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>
    /// Schedules a trigger for each open timer bookmark among <paramref name="bookmarks"/> that has none yet;
    /// other kinds are ignored. Returns the number of triggers added. Scheduling a bookmark twice adds nothing.
    /// </summary>
    Task<int> ScheduleAsync(IEnumerable<BookmarkInfo> bookmarks, CancellationToken cancellationToken = default);
}
