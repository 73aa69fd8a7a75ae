namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>Lifecycle state of a workflow instance.</summary>
public enum WorkflowStatus
{
    /// <summary>A burst is running (never stored between bursts).</summary>
    Running,

    /// <summary>Waiting on one or more bookmarks.</summary>
    Suspended,

    /// <summary>Completed.</summary>
    Finished,

    /// <summary>Stopped by an exception; see the incident. Can be retried.</summary>
    Faulted,

    /// <summary>Cancelled by a person or by a parent workflow.</summary>
    Cancelled,
}
