using System.Globalization;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Activities.Discretion;
using RelatieWerkstroom.Casework.Activities.Tasks;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>An open task or discretion point with its case file: who may act on it and who holds it.</summary>
public sealed record OpenTask(StoredBookmark Stored, CaseFile CaseFile)
{
    /// <summary>The bookmark id.</summary>
    public string BookmarkId => Stored.Bookmark.Id;

    /// <summary>HumanTask or DiscretionPoint.</summary>
    public string Kind => Stored.Bookmark.Kind;

    /// <summary>The bookmark payload as JSON, for the task screen (read it through <see cref="Task"/> or <see cref="Point"/>).</summary>
    public JsonObject Payload => Stored.Bookmark.Payload ?? new JsonObject();

    /// <summary>The human task, or null for a discretion point.</summary>
    public HumanTaskBookmark? Task => Kind == CaseworkBookmarkKinds.HumanTask ? HumanTaskBookmark.Read(Stored.Bookmark.Payload) : null;

    /// <summary>The discretion point, or null for a human task.</summary>
    public DiscretionPointBookmark? Point => Kind == CaseworkBookmarkKinds.DiscretionPoint ? DiscretionPointBookmark.Read(Stored.Bookmark.Payload) : null;

    /// <summary>What the worklist shows: the task's title or the discretion point's question (else the activity id).</summary>
    public string Title => (Task?.Title ?? Point?.Question) is { Length: > 0 } title ? title : Stored.Bookmark.ActivityId;

    /// <summary>The roles that may act: a task's role and extra roles; a discretion point's roles (empty: any role).</summary>
    public IReadOnlyList<string> Roles => Task is { } task ? [.. task.AllRoles.Where(r => r.Length > 0)] : Point?.Roles ?? [];

    /// <summary>The pre-set assignee of a task.</summary>
    public string? Assignee => Task?.Assignee;

    /// <summary>Who holds it now (claim, else assignee), or null.</summary>
    public string? Holder => TaskAccess.Holder(CaseFile, BookmarkId, Assignee);

    /// <summary>The internal due date of a task.</summary>
    public DateOnly? DueDate => Task?.DueDate;

    /// <summary>The role the user acts in: the first allowed role the user holds; for an open discretion point the user's first role.</summary>
    public string? RoleOf(User user)
    {
        var roles = Roles;
        if (roles.Count == 0) return user.Roles.FirstOrDefault();
        return user.FirstRoleOf(roles);
    }

    /// <summary>Whether the user holds a role that may act.</summary>
    public bool MayAct(User user) => RoleOf(user) is not null;

    /// <summary>
    /// The task as the worklist shows it. Its deadline is the earlier of the task's due date and the case's earliest
    /// running deadline that the team owes (the inwoner's own terms, such as the bezwaartermijn, are no deadline of
    /// the team's work).
    /// </summary>
    public WorklistItem ToWorklistItem()
    {
        var file = CaseFile;
        var bookmark = Stored.Bookmark;
        var clock = file.RunningClocks().Where(c => c.Deadline is not null && !c.Profile.IsCitizensTerm).MinBy(c => c.Deadline);
        var due = DueDate;
        DateOnly? deadline = (due, clock?.Deadline) switch
        {
            ({ } d, { } c) => d < c ? d : c,
            ({ } d, null) => d,
            (null, { } c) => c,
            _ => null,
        };
        var claim = file.ClaimOf(bookmark.Id);
        var (humanTask, point) = (Task, Point);
        IReadOnlyList<string> choices = humanTask?.Actions ?? [.. (point?.Options ?? []).Select(o => o.Id)];
        return new WorklistItem(
            bookmark.Id, Kind, file.Id, file.Zaaktype, file.Title, file.Team,
            Stored.InstanceId, Stored.DefinitionId, bookmark.ActivityId,
            Title,
            Roles, Holder, claim?.ClaimedBy is not null ? claim.At : null, file.Assignee,
            bookmark.CreatedAt, due, clock?.Name, clock?.Deadline, deadline,
            [.. choices], point?.DefaultOption is { Length: > 0 } defaultOption ? defaultOption : null);
    }

    /// <summary>Finds an open task the user may see (own team), or throws NotFound / Forbidden.</summary>
    public static async Task<OpenTask> FindAsync(IWorkflowInstanceStore instances, ICaseFileStore caseFiles, User user, string bookmarkId,
        CancellationToken cancellationToken)
    {
        var stored = await instances.FindBookmarkAsync(bookmarkId, cancellationToken);
        if (stored is null || stored.Bookmark.Kind is not (CaseworkBookmarkKinds.HumanTask or CaseworkBookmarkKinds.DiscretionPoint))
            throw new CaseworkRefusedException(RefusalKind.NotFound, $"Taak '{bookmarkId}' bestaat niet of is al afgerond (task not found or already done)");
        if (stored.CorrelationId is null || await caseFiles.FindAsync(stored.CorrelationId, cancellationToken) is not { } file)
            throw new CaseworkRefusedException(RefusalKind.NotFound, $"Taak '{bookmarkId}' hoort bij geen zaak (task has no case file)");
        CaseFileAccess.EnsureVisible(user, file);
        return new OpenTask(stored, file);
    }

    /// <summary>Throws Forbidden when the user holds none of the roles that may act.</summary>
    public void EnsureMayAct(User user)
    {
        if (!MayAct(user))
            throw new CaseworkRefusedException(RefusalKind.Forbidden,
                $"U heeft niet de rol voor deze taak; vereist: {string.Join(" of ", Roles)} (missing role)");
    }
}
