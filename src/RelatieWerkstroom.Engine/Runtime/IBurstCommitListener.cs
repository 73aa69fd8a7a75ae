namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>
/// Told about every burst right after it is stored, outside its transaction: the place for work that must follow a
/// commit but cannot be part of it (a Quartz trigger for a new timer). The runtime finds listeners in the host's
/// services (<c>IEnumerable&lt;IBurstCommitListener&gt;</c>); a runtime without services has none.
/// </summary>
/// <remarks>
/// A listener must not throw: the burst is already stored, and an exception would reach the caller as if the start or
/// resume had failed. Work a listener loses (a crash right after the commit) needs its own safety net.
/// </remarks>
public interface IBurstCommitListener
{
    /// <summary>Called once per committed burst, in the caller's flow, before the start or resume returns.</summary>
    ValueTask OnCommittedAsync(CommittedBurst burst, CancellationToken cancellationToken);
}

/// <summary>What a committed burst changed, as a listener sees it.</summary>
/// <param name="Instances">The instances stored by the burst, in their committed state (read them, do not change them).</param>
/// <param name="CreatedBookmarks">Bookmarks the burst created that are still open after it.</param>
public sealed record CommittedBurst(IReadOnlyList<WorkflowInstance> Instances, IReadOnlyList<BookmarkInfo> CreatedBookmarks);
