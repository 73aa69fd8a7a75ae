namespace RelatieWerkstroom.Persistence.Entities;

/// <summary>
/// One open task or discretion point as the worklist lists it: the columns its filters, access rule and sort order
/// need, and the item itself as JSON. Written in the transaction that changes its bookmark or its case file
/// (<see cref="Stores.WorklistEntries"/>), so a worklist page is one indexed query.
/// </summary>
public sealed class WorklistEntryRow
{
    /// <summary>The task's bookmark (the row goes when the bookmark does).</summary>
    public required string BookmarkId { get; set; }

    /// <summary>The case file (the row goes when the case file does).</summary>
    public required string CaseFileId { get; set; }

    /// <summary>The case's team in lower case.</summary>
    public required string TeamKey { get; set; }

    /// <summary>Whether a bezwaar runs or ran in the case (jurists see those of every team).</summary>
    public bool IsBezwaar { get; set; }

    /// <summary>The roles that may act, lower case, each between bars (<c>|consulent|jurist|</c>); empty when any role may.</summary>
    public required string RolesKey { get; set; }

    /// <summary>Who holds the task (claim or assignee), else the case's caseworker; the "mine" filter.</summary>
    public string? Responsible { get; set; }

    /// <summary>The workflow.</summary>
    public required string DefinitionId { get; set; }

    /// <summary>The deadline as a day number (<see cref="DateOnly.DayNumber"/>); <see cref="int.MaxValue"/> without one, so it sorts last.</summary>
    public int DeadlineDay { get; set; }

    /// <summary>When the task opened (the second sort key).</summary>
    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>The worklist item as JSON.</summary>
    public required string ItemJson { get; set; }
}
