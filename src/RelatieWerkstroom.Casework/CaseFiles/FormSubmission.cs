using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>The form values a person entered when completing a human task (kept on the case file, never journalled).</summary>
public sealed record FormSubmission
{
    /// <summary>The task title.</summary>
    public string? Title { get; init; }

    /// <summary>The action chosen (the outcome).</summary>
    public required string Action { get; init; }

    /// <summary>Field values by field name.</summary>
    public JsonObject Values { get; init; } = [];

    /// <summary>Who completed the task.</summary>
    public required string SubmittedBy { get; init; }

    /// <summary>In which role.</summary>
    public required string Role { get; init; }

    /// <summary>When.</summary>
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The workflow instance.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The HumanTask activity.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The bookmark that was resumed.</summary>
    public string? BookmarkId { get; init; }
}
