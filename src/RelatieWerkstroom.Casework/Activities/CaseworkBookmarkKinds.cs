namespace RelatieWerkstroom.Casework.Activities;

/// <summary>Bookmark kinds created by the casework activities (the worklist queries them).</summary>
public static class CaseworkBookmarkKinds
{
    /// <summary>A HumanTask waiting for a person; the bookmark name is the task's role.</summary>
    public const string HumanTask = "HumanTask";

    /// <summary>A DiscretionPoint waiting for a decision; the bookmark name is the discretion id.</summary>
    public const string DiscretionPoint = "DiscretionPoint";
}
