namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>One open human task or discretion point as the worklist shows it (no personal data).</summary>
/// <param name="BookmarkId">Id to claim, release, complete or decide it with.</param>
/// <param name="Kind"><c>HumanTask</c> or <c>DiscretionPoint</c>.</param>
/// <param name="CaseFileId">The case file.</param>
/// <param name="Zaaktype">The case's zaaktype.</param>
/// <param name="CaseTitle">The case's title.</param>
/// <param name="Team">The team owning the case.</param>
/// <param name="InstanceId">The workflow instance waiting.</param>
/// <param name="DefinitionId">Its definition.</param>
/// <param name="ActivityId">The waiting activity.</param>
/// <param name="Title">Task title, or the discretion point's question.</param>
/// <param name="Roles">Roles that may act (task role first; empty for a discretion point anyone may decide).</param>
/// <param name="AssignedTo">Who holds it (claim or pre-set assignee); null when free.</param>
/// <param name="ClaimedAt">When it was claimed.</param>
/// <param name="CaseAssignee">The caseworker responsible for the whole case.</param>
/// <param name="OpenedAt">When the task opened.</param>
/// <param name="DueDate">The task's internal due date (working days), if any.</param>
/// <param name="ClockName">The case's running clock with the earliest deadline, if any.</param>
/// <param name="ClockDeadline">That clock's deadline.</param>
/// <param name="Deadline">The earlier of <paramref name="DueDate"/> and <paramref name="ClockDeadline"/>; the worklist sorts on it.</param>
/// <param name="Choices">The task's actions or the discretion point's option ids.</param>
/// <param name="DefaultOption">The discretion point's default option.</param>
public sealed record WorklistItem(
    string BookmarkId,
    string Kind,
    string CaseFileId,
    string Zaaktype,
    string? CaseTitle,
    string Team,
    string InstanceId,
    string DefinitionId,
    string ActivityId,
    string Title,
    IReadOnlyList<string> Roles,
    string? AssignedTo,
    DateTimeOffset? ClaimedAt,
    string? CaseAssignee,
    DateTimeOffset OpenedAt,
    DateOnly? DueDate,
    string? ClockName,
    DateOnly? ClockDeadline,
    DateOnly? Deadline,
    IReadOnlyList<string> Choices,
    string? DefaultOption);
