using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Waits for a duration, measured on the runtime's clock.</summary>
[Activity("Elsa.Delay", "Scheduling", "Delay", Description = "Waits for the given duration.", Blocking = true)]
public sealed class Delay : Activity
{
    /// <summary>How long to wait, as Elsa reads it: hh:mm:ss or d.hh:mm:ss (an ISO 8601 duration such as P14D is refused: Elsa would not wait).</summary>
    [Input(Description = "How long to wait, as d.hh:mm:ss: 00:05:00 is 5 minutes, 14.00:00:00 is 14 days.", UIHint = UIHints.Duration, Required = true,
        MissingInElsa = ["wacht de stap niet (0 seconden)", "does not wait (zero seconds)"])]
    public Input<TimeSpan> TimeSpan { get; set; } = new(System.TimeSpan.Zero);

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        // A fixed delay that run would fault on is a mistake validate can name now.
        if (TimeSpan.IsConstant && TimeSpan.IsSet && TimerMoments.Problem(TimeSpan.Constant, "delay") is { } problem)
            binder.Report("timeSpan", problem.Code, problem.Values);
        DurationText.WarnIfSurprising(binder, "timeSpan");
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var duration = TimeSpan.Get(context);
        if (TimerMoments.Problem(duration, "delay") is { } problem) throw new InvalidOperationException(TimerMoments.Describe(problem));
        return new(ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.Timer, Node.Id, TimerMoments.After(context.Now, duration))));
    }
}
