using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Waits until an event with the given name is triggered for this instance.</summary>
[Activity("Elsa.Event", "Primitives", "Event", Description = "Waits for a named event.", Blocking = true)]
public sealed class Event : Activity
{
    /// <summary>The event name.</summary>
    [Input(Description = "The name of the event to wait for.", Required = true)]
    public Input<string?> EventName { get; set; } = new((string?)null);

    /// <summary>The event payload.</summary>
    [Output(Description = "The payload the event was triggered with.")]
    public object? Result { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var name = EventName.Get(context);
        if (string.IsNullOrWhiteSpace(name)) throw new InvalidOperationException("Event has no event name");
        return new(ActivityResult.Suspend(new BookmarkRequest(BookmarkKinds.Event, name)));
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context)
    {
        context.SetOutputReference("result", context.ResumePayload);
        return new(ActivityResult.Done());
    }
}
