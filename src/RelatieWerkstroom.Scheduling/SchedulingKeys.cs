using Quartz;

namespace RelatieWerkstroom.Scheduling;

/// <summary>The named Quartz job and trigger keys RelatieWerkstroom registers, and the key of each timer trigger.</summary>
public static class SchedulingKeys
{
    /// <summary>Group of the fixed jobs and their recurring triggers.</summary>
    public const string Group = "relatiewerkstroom";

    /// <summary>Group of the one-shot triggers for timer bookmarks (trigger name = bookmark id).</summary>
    public const string TimerTriggerGroup = "timer-bookmarks";

    /// <summary>Job-data key holding the bookmark id on a timer trigger.</summary>
    public const string BookmarkId = "bookmarkId";

    /// <summary>Resumes one timer bookmark; its triggers are the per-bookmark timer triggers.</summary>
    public static readonly JobKey ResumeTimerBookmark = new("resume-timer-bookmark", Group);

    /// <summary>Schedules triggers for open timer bookmarks that have none yet.</summary>
    public static readonly JobKey SyncTimerBookmarks = new("sync-timer-bookmarks", Group);

    /// <summary>Records deadline warnings of legal clocks.</summary>
    public static readonly JobKey DeadlineWarning = new("deadline-warning", Group);

    /// <summary>Records breached legal deadlines.</summary>
    public static readonly JobKey DeadlineBreach = new("deadline-breach", Group);

    /// <summary>Recurring trigger of <see cref="SyncTimerBookmarks"/>.</summary>
    public static readonly TriggerKey SyncTimerBookmarksTrigger = new("sync-timer-bookmarks", Group);

    /// <summary>Recurring trigger of <see cref="DeadlineWarning"/>.</summary>
    public static readonly TriggerKey DeadlineWarningTrigger = new("deadline-warning", Group);

    /// <summary>Recurring trigger of <see cref="DeadlineBreach"/>.</summary>
    public static readonly TriggerKey DeadlineBreachTrigger = new("deadline-breach", Group);

    /// <summary>The trigger that fires a timer bookmark; one per bookmark, so scheduling it twice is harmless.</summary>
    public static TriggerKey TimerTrigger(string bookmarkId) => new(bookmarkId, TimerTriggerGroup);
}
