using Quartz;

namespace RelatieWerkstroom.Scheduling.Timers;

/// <summary>Builds and stores the one-shot trigger that fires one timer bookmark (public for the W3 benchmark, which writes them in bulk).</summary>
public static class TimerTriggers
{
    public static ITrigger Build(string bookmarkId, DateTimeOffset dueAt) =>
        TriggerBuilder.Create()
            .WithIdentity(SchedulingKeys.TimerTrigger(bookmarkId))
            .ForJob(SchedulingKeys.ResumeTimerBookmark)
            .UsingJobData(SchedulingKeys.BookmarkId, bookmarkId)
            .WithDescription("timer bookmark")
            .StartAt(dueAt)
            // Missed while the app was down (or late by more than the misfire threshold): fire once, now.
            .WithSimpleSchedule(s => s.WithMisfireHandlingInstructionFireNow())
            .Build();

    /// <summary>Stores the trigger; false when a trigger for this bookmark already exists.</summary>
    public static async Task<bool> TryScheduleAsync(IScheduler scheduler, string bookmarkId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.ScheduleJob(Build(bookmarkId, dueAt), cancellationToken);
            return true;
        }
        catch (ObjectAlreadyExistsException)
        {
            return false;
        }
    }
}
