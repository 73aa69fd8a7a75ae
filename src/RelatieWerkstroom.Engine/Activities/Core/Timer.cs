using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Inside a flow: waits one interval, then continues.</summary>
[Activity("Elsa.Timer", "Scheduling", "Timer", Description = "Waits one interval, then continues.", Blocking = true)]
public sealed class Timer : Activity
{
    /// <summary>The interval.</summary>
    [Input(Description = "The interval, as d.hh:mm:ss: 01:00:00 is an hour, 1.00:00:00 a day.", UIHint = UIHints.Duration, Required = true)]
    public Input<TimeSpan> Interval { get; set; } = new(TimeSpan.Zero);

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        if (Interval.IsConstant && Interval.IsSet && Interval.Constant <= TimeSpan.Zero)
            binder.Report("interval", ProblemCodes.IntervalNotPositive, ("duration", Interval.Constant));
        else if (Interval.IsConstant && Interval.IsSet && TimerMoments.Problem(Interval.Constant, "interval") is { } problem)
            binder.Report("interval", problem.Code, problem.Values);
        DurationText.WarnIfSurprising(binder, "interval");
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var interval = Interval.Get(context);
        if (TimerMoments.Problem(interval, "interval") is { } problem) throw new InvalidOperationException(TimerMoments.Describe(problem));
        return new(ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.Timer, Node.Id, TimerMoments.After(context.Now, interval))));
    }
}
