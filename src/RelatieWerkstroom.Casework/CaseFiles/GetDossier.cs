using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Journal;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// The case file as a caseworker opens it: whom it is about, what happened (the journal of its instances and the case
/// file's own log, as events a screen can put in plain words), documents, legal clocks with their suspensions and
/// extensions, decisions, notes, the workflow instances that run or ran for it and the open tasks.
/// </summary>
public static class GetDossier
{
    /// <summary>Opens case file <paramref name="CaseFileId"/> as <paramref name="User"/>.</summary>
    public sealed record Query(User User, string CaseFileId) : IRequest<Dossier>;

    // Journal kinds that tell the story of a case; the rest (activity starts and completions) is engine detail.
    private static readonly HashSet<string> StoryKinds =
    [
        JournalEvents.InstanceStarted, JournalEvents.InstanceFinished, JournalEvents.InstanceFaulted, JournalEvents.InstanceCancelled,
        JournalEvents.InstanceRetried,
        CaseworkEvents.TaskCompleted, CaseworkEvents.DiscretionDecided,
        CaseworkEvents.ClockStarted, CaseworkEvents.ClockSuspended, CaseworkEvents.ClockResumed,
        CaseworkEvents.ClockExtended, CaseworkEvents.ClockStopped, CaseworkEvents.ClockExpired,
        CaseworkEvents.ClockWarning, CaseworkEvents.ClockBreached,
        CaseworkEvents.DocumentGenerated, CaseworkEvents.MessageQueued, CaseworkEvents.DecisionTaken,
        CaseworkEvents.BezwaarReceived, CaseworkEvents.RedTapeFlagged,
    ];

    // Case-file log kinds not already told by the journal.
    private static readonly HashSet<string> CaseLogKinds =
    [
        CaseEventKinds.CaseOpened, CaseEventKinds.CaseAssigned, CaseEventKinds.CaseClosed, CaseEventKinds.NoteAdded,
        CaseEventKinds.TaskClaimed, CaseEventKinds.TaskReleased, CaseEventKinds.TaskAssigned, CaseEventKinds.MeldingRegistered, CaseEventKinds.RegistersConsulted,
        CaseEventKinds.IngebrekestellingReceived,
    ];

    /// <summary>Loads the case file the user may see and everything around it.</summary>
    public sealed class Handler(
        ICaseFileStore caseFiles,
        ICaseSubjectStore subjects,
        IWorkflowInstanceStore instances,
        IWorkflowDefinitionStore definitions,
        TimeProvider time,
        IJournalReader? journal = null,
        Settings.IMunicipalitySettings? settings = null) : IRequestHandler<Query, Dossier>
    {
        /// <inheritdoc />
        public async Task<Dossier> Handle(Query request, CancellationToken cancellationToken)
        {
            var file = await caseFiles.FindVisibleAsync(request.User, request.CaseFileId, cancellationToken);
            var today = DutchTime.Today(time.GetUtcNow());
            var subject = file.SubjectId is { } subjectId ? await subjects.FindAsync(subjectId, cancellationToken) : null;

            var timeline = new List<DossierEvent>();
            foreach (var e in file.Events.Where(e => CaseLogKinds.Contains(e.Kind)))
                timeline.Add(new DossierEvent(e.At, e.Kind, e.Actor, e.InstanceId, null, null, e.Details?.DeepClone() as JsonObject));

            var linked = new List<LinkedInstance>();
            var pending = new Queue<string>(file.InstanceIds);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (pending.TryDequeue(out var instanceId))
            {
                if (!seen.Add(instanceId)) continue;
                var instance = await instances.FindAsync(instanceId, cancellationToken);
                if (instance is null || instance.CorrelationId != file.Id) continue;
                var definition = await definitions.FindVersionAsync(instance.DefinitionVersionId, cancellationToken);
                linked.Add(new LinkedInstance(instance.Id, instance.DefinitionId, definition?.Name, instance.DefinitionVersion, instance.Status,
                    instance.ParentInstanceId, instance.CreatedAt, instance.FinishedAt));
                foreach (var bookmark in instance.Bookmarks.Where(b => b.Kind == BookmarkKinds.ChildWorkflow && b.Name is not null))
                    pending.Enqueue(bookmark.Name!);
                if (journal is null) continue;
                await foreach (var entry in journal.ReadAsync(0, instance.Id, cancellationToken))
                {
                    var payload = Parse(entry.PayloadJson);
                    // A sub-workflow (bezwaar) shows up as the parent waiting on it; it may have finished since.
                    if (entry.Kind == JournalEvents.ActivitySuspended && Text(payload, "kind") == BookmarkKinds.ChildWorkflow && Text(payload, "name") is { } child)
                        pending.Enqueue(child);
                    var opened = entry.Kind == JournalEvents.ActivitySuspended
                        && Text(payload, "kind") is CaseworkBookmarkKinds.HumanTask or CaseworkBookmarkKinds.DiscretionPoint;
                    if (!opened && !StoryKinds.Contains(entry.Kind)) continue;
                    timeline.Add(new DossierEvent(entry.Timestamp, opened ? "TaskOpened" : entry.Kind, entry.Actor, entry.InstanceId, entry.ActivityId,
                        entry.ActivityName, payload));
                }
            }

            var tasks = new List<DossierTask>();
            foreach (var stored in await instances.FindBookmarksAsync(new BookmarkFilter(CorrelationId: file.Id, Take: 1000), cancellationToken))
            {
                if (stored.Bookmark.Kind is not (CaseworkBookmarkKinds.HumanTask or CaseworkBookmarkKinds.DiscretionPoint)) continue;
                var task = new OpenTask(stored, file);
                tasks.Add(new DossierTask(task.BookmarkId, task.Kind, task.Title,
                    task.Roles, task.Holder, stored.Bookmark.CreatedAt, task.DueDate, task.MayAct(request.User), stored.InstanceId));
            }

            var clocks = new List<ClockView>();
            foreach (var clock in file.Clocks)
                clocks.Add(ClockView.From(clock, file, today, clock.IsRunning && await ChangeClock.SuspensionModelledAsync(clock, instances, definitions, cancellationToken),
                    settings?.Dwangsom));

            var documents = file.Documents
                .Select(d => new DossierDocument(d.Id, d.Kind, d.Title, d.ContentType, d.CreatedAt, d.CreatedBy, d.InstanceId))
                .ToList();
            return new Dossier(
                file.Id, file.Zaaktype, file.Title, file.Team, file.Assignee, file.Status, file.OpenedAt, file.OpenedBy, file.ClosedAt,
                CaseFileAccess.IsBezwaarCase(file),
                subject is null ? null : new DossierSubject(subject.SubjectId, subject.Bsn, subject.Name),
                timeline.OrderBy(e => e.At).ToList(),
                documents,
                clocks,
                file.Decisions.OrderBy(d => d.DecidedAt).ToList(),
                file.Notes.OrderByDescending(n => n.CreatedAt).ToList(),
                linked,
                tasks.OrderBy(t => t.DueDate ?? DateOnly.MaxValue).ThenBy(t => t.OpenedAt).ToList());
        }

        private static JsonObject? Parse(string? json)
        {
            if (string.IsNullOrEmpty(json)) return null;
            try
            {
                return JsonNode.Parse(json) as JsonObject;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static string? Text(JsonObject? payload, string name) =>
            payload?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }
}

/// <summary>A case file as the caseworker opens it (holds the subject's personal data: opening it is access-logged).</summary>
/// <param name="Id">Case file id.</param>
/// <param name="Zaaktype">Zaaktype.</param>
/// <param name="Title">Short description.</param>
/// <param name="Team">Owning team.</param>
/// <param name="Assignee">Caseworker responsible.</param>
/// <param name="Status">Open or closed.</param>
/// <param name="OpenedAt">When opened.</param>
/// <param name="OpenedBy">Who opened it.</param>
/// <param name="ClosedAt">When closed.</param>
/// <param name="Bezwaar">Whether a bezwaar runs or ran in the case.</param>
/// <param name="Subject">The citizen, or null for a case without one.</param>
/// <param name="Timeline">What happened, oldest first.</param>
/// <param name="Documents">Documents, without their content (download them one by one).</param>
/// <param name="Clocks">Legal clocks, in the order they started.</param>
/// <param name="Decisions">Discretion decisions with their reasons.</param>
/// <param name="Notes">Notes, newest first.</param>
/// <param name="Instances">Workflow instances that run or ran for the case, sub-workflows included.</param>
/// <param name="OpenTasks">Open tasks and discretion points, earliest due first.</param>
public sealed record Dossier(
    string Id,
    string Zaaktype,
    string? Title,
    string Team,
    string? Assignee,
    CaseFileStatus Status,
    DateTimeOffset OpenedAt,
    string? OpenedBy,
    DateTimeOffset? ClosedAt,
    bool Bezwaar,
    DossierSubject? Subject,
    IReadOnlyList<DossierEvent> Timeline,
    IReadOnlyList<DossierDocument> Documents,
    IReadOnlyList<ClockView> Clocks,
    IReadOnlyList<CaseDecision> Decisions,
    IReadOnlyList<CaseNote> Notes,
    IReadOnlyList<LinkedInstance> Instances,
    IReadOnlyList<DossierTask> OpenTasks);

/// <summary>The citizen a case is about.</summary>
public sealed record DossierSubject(string SubjectId, string Bsn, string Name)
{
    /// <summary>Only the pseudonym, so printing it does not print personal data.</summary>
    public override string ToString() => $"DossierSubject {SubjectId}";
}

/// <summary>
/// One thing that happened: a journal event of one of the case's instances, or an entry of the case file's own log.
/// <paramref name="Details"/> hold ids, names, dates and counts (journal payloads carry no personal data).
/// </summary>
/// <param name="At">When.</param>
/// <param name="Kind">What: a journal kind (TaskCompleted, ClockSuspended, …), a case-log kind (CaseOpened, TaskClaimed, …) or TaskOpened.</param>
/// <param name="Actor">Who (user id, <c>system</c>, <c>system:timer</c>, …).</param>
/// <param name="InstanceId">The instance, if any.</param>
/// <param name="ActivityId">The activity, if any.</param>
/// <param name="ActivityName">The activity's name in the definition.</param>
/// <param name="Details">What the event recorded.</param>
public sealed record DossierEvent(DateTimeOffset At, string Kind, string? Actor, string? InstanceId, string? ActivityId, string? ActivityName, JsonObject? Details);

/// <summary>A document on the case file, without its content.</summary>
public sealed record DossierDocument(string Id, string Kind, string Title, string ContentType, DateTimeOffset CreatedAt, string? CreatedBy, string? InstanceId);

/// <summary>A workflow instance of the case.</summary>
public sealed record LinkedInstance(string Id, string DefinitionId, string? WorkflowName, int Version, WorkflowStatus Status, string? ParentInstanceId,
    DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);

/// <summary>An open task or discretion point of the case.</summary>
public sealed record DossierTask(string BookmarkId, string Kind, string Title, IReadOnlyList<string> Roles, string? AssignedTo, DateTimeOffset OpenedAt,
    DateOnly? DueDate, bool MayAct, string InstanceId);
