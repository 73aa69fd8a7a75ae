using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities;

/// <summary>Base class of every activity type. One object per activity of a compiled definition; it holds no run state.</summary>
public abstract class Activity
{
    /// <summary>The definition node this activity was bound from.</summary>
    public ActivityNode Node { get; internal set; } = null!;

    /// <summary>Runs the activity: complete with outcomes, suspend on a bookmark, or end the workflow.</summary>
    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context);

    /// <summary>Continues a suspended activity when one of its bookmarks is resumed. Default: complete with <c>Done</c>.</summary>
    public virtual ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context) => new(ActivityResult.Done());

    /// <summary>
    /// Whether every run completes on one outcome port only (a decision, a task's chosen action). Branches that leave
    /// such an activity through different ports never both run; validation uses this to spot a WaitAll join that can
    /// never complete. A fork, or a switch that follows every matching case, says false.
    /// </summary>
    public virtual bool CompletesWithOneOutcome => true;

    /// <summary>Reads structured configuration that is not a plain input (e.g. FlowSwitch cases). Problems go to the binder.</summary>
    public virtual void Bind(ActivityBinder binder)
    {
    }
}
