using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Engine.Activities;

/// <summary>How an activity run ended.</summary>
public enum ActivityResultKind
{
    /// <summary>Completed with one or more outcomes.</summary>
    Completed,

    /// <summary>Waiting on one or more bookmarks.</summary>
    Suspended,

    /// <summary>Completed and ends the whole workflow (End, Complete, Finish).</summary>
    Terminate,
}

/// <summary>The result of running or resuming an activity.</summary>
public sealed class ActivityResult
{
    private static readonly string[] DoneOutcome = ["Done"];
    private static readonly ActivityResult DoneResult = new(ActivityResultKind.Completed, DoneOutcome, []);

    private ActivityResult(ActivityResultKind kind, IReadOnlyList<string> outcomes, IReadOnlyList<BookmarkRequest> bookmarks)
    {
        Kind = kind;
        Outcomes = outcomes;
        Bookmarks = bookmarks;
    }

    /// <summary>Kind of result.</summary>
    public ActivityResultKind Kind { get; }

    /// <summary>Outcome ports followed (completed results).</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>Bookmarks to create (suspended results).</summary>
    public IReadOnlyList<BookmarkRequest> Bookmarks { get; }

    /// <summary>Completed on the default <c>Done</c> port.</summary>
    public static ActivityResult Done() => DoneResult;

    /// <summary>Completed on the given ports.</summary>
    public static ActivityResult Outcome(params string[] outcomes) =>
        new(ActivityResultKind.Completed, outcomes.Length == 0 ? DoneOutcome : outcomes, []);

    /// <summary>Waiting on the given bookmarks.</summary>
    public static ActivityResult Suspend(params BookmarkRequest[] bookmarks) =>
        bookmarks.Length == 0 ? throw new ArgumentException("Suspending needs at least one bookmark.") : new(ActivityResultKind.Suspended, [], bookmarks);

    /// <summary>Ends the workflow.</summary>
    public static ActivityResult Terminate() => new(ActivityResultKind.Terminate, [], []);

    /// <summary>Ends the workflow with outcomes for a parent that runs it as an activity (Elsa.Complete's <c>outcomes</c>).</summary>
    public static ActivityResult Terminate(IReadOnlyList<string> outcomes) => new(ActivityResultKind.Terminate, outcomes, []);
}

/// <summary>A request to wait for outside input: a timer, an event, a person's action or a child workflow.</summary>
/// <param name="Kind">Bookmark kind (see <see cref="Runtime.BookmarkKinds"/>).</param>
/// <param name="Name">Event name, task name or child instance id.</param>
/// <param name="DueAt">When a timer is due.</param>
/// <param name="Payload">Data the resumer needs (task form, options); journalled and shown in worklists.</param>
public sealed record BookmarkRequest(string Kind, string? Name = null, DateTimeOffset? DueAt = null, JsonObject? Payload = null);
