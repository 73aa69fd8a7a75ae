namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>Two different resumes of one bookmark: this one lost. The message names the winner.</summary>
public sealed class BookmarkConflictException(string bookmarkId, string message) : Exception(message)
{
    /// <summary>The contested bookmark.</summary>
    public string BookmarkId { get; } = bookmarkId;
}

/// <summary>No open bookmark with this id exists.</summary>
public sealed class BookmarkNotFoundException(string bookmarkId)
    : Exception($"no open bookmark '{bookmarkId}': it never existed or its instance was cancelled")
{
    /// <summary>The bookmark id asked for.</summary>
    public string BookmarkId { get; } = bookmarkId;
}

/// <summary>A definition or instance that was asked for does not exist.</summary>
public sealed class WorkflowNotFoundException(string message) : Exception(message);
