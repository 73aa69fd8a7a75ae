namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>The one rule for when a duration can be waited for, shared by validation and the timers that run.</summary>
internal static class TimerMoments
{
    /// <summary>Longer than this cannot be scheduled: the moment would fall past the calendar (year 9999) or nearly so.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(365.25 * 1000);

    /// <summary>What is wrong with waiting <paramref name="duration"/>, or null when it can be waited for.</summary>
    public static string? Problem(TimeSpan duration, string what) =>
        duration < TimeSpan.Zero ? $"{what} of {duration} is negative; a timer cannot wait for a moment that has passed"
        : duration > Longest ? $"{what} of {duration.TotalDays:0} days is more than 1000 years; no moment that far ahead can be scheduled"
        : null;

    /// <summary>The moment <paramref name="duration"/> after <paramref name="now"/>; checked with <see cref="Problem"/> first.</summary>
    public static DateTimeOffset After(DateTimeOffset now, TimeSpan duration) =>
        DateTimeOffset.MaxValue - now < duration
            ? throw new InvalidOperationException($"a wait of {duration} from {now:u} falls past the calendar")
            : now + duration;
}
