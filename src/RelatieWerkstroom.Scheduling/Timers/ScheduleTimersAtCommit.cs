using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Scheduling.Timers;

/// <summary>
/// Gives every timer bookmark a burst created its Quartz trigger right after the burst commits, so that a timer fires at
/// its due time whichever host, job or person caused the burst. The timer sync job stays the safety net for a trigger
/// this misses (a crash between the commit and this call, a job store that was unreachable).
/// </summary>
public sealed class ScheduleTimersAtCommit(
    IServiceScopeFactory scopes,
    SchedulingOptions options,
    ILogger<ScheduleTimersAtCommit> logger) : IBurstCommitListener
{
    /// <inheritdoc />
    public async ValueTask OnCommittedAsync(CommittedBurst burst, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(burst);
        if (!burst.CreatedBookmarks.Any(b => b.Kind == BookmarkKinds.Timer)) return;

        try
        {
            // The timer scheduler is scoped (it reads the instance store); a burst may commit outside any scope.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ITimerScheduler>().ScheduleAsync(burst.CreatedBookmarks, cancellationToken);
        }
        catch (Exception ex)
        {
            // The burst is already stored: a failure here must not look like a failed start or resume.
            logger.LogWarning(ex, "Could not schedule the timer(s) of a committed burst; the timer sync schedules them within {Interval}",
                options.TimerSyncInterval);
        }
    }
}
