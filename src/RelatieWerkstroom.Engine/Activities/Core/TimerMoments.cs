using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>The one rule for when a duration can be waited for, shared by validation and the timers that run.</summary>
internal static class TimerMoments
{
    /// <summary>Longer than this cannot be scheduled: the moment would fall past the calendar (year 9999) or nearly so.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(365.25 * 1000);

    /// <summary>What is wrong with waiting <paramref name="duration"/> (<paramref name="what"/> names the input), or null when it can be waited for.</summary>
    public static (ProblemCode Code, (string Name, object? Value)[] Values)? Problem(TimeSpan duration, string what) =>
        duration < TimeSpan.Zero ? (ProblemCodes.WaitNegative, [("what", what), ("duration", duration)])
        : duration > Longest ? (ProblemCodes.WaitTooLong, [("what", what), ("days", Math.Round(duration.TotalDays))])
        : null;

    /// <summary>The problem as the text of a fault, for a duration computed while the case runs.</summary>
    public static string Describe((ProblemCode Code, (string Name, object? Value)[] Values) problem) =>
        problem.Code.Error(null, "", problem.Values).Message;

    /// <summary>The moment <paramref name="duration"/> after <paramref name="now"/>; checked with <see cref="Problem"/> first.</summary>
    public static DateTimeOffset After(DateTimeOffset now, TimeSpan duration) =>
        DateTimeOffset.MaxValue - now < duration
            ? throw new InvalidOperationException($"a wait of {duration} from {now:u} falls past the calendar")
            : now + duration;
}
