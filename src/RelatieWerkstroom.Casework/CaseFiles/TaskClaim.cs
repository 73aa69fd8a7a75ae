namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Who has taken an open task or discretion point; <see cref="ClaimedBy"/> null means it was released and is free.</summary>
/// <param name="BookmarkId">The task's bookmark.</param>
/// <param name="ClaimedBy">The user holding it, or null after a release (which also overrides a pre-set assignee).</param>
/// <param name="At">When it was claimed or released.</param>
/// <param name="By">Who claimed or released it.</param>
public sealed record TaskClaim(string BookmarkId, string? ClaimedBy, DateTimeOffset At, string By);
