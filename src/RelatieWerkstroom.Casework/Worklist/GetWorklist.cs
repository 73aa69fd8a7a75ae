using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>
/// The open human tasks and discretion points of the user's team that the user may act on, earliest deadline first
/// (the task's due date or the case's statutory deadline, whichever comes first).
/// </summary>
public static class GetWorklist
{
    /// <summary>Lists open work for <paramref name="User"/>.</summary>
    /// <param name="User">Whose worklist; only case files of the user's team are shown.</param>
    /// <param name="Role">Only work for this role.</param>
    /// <param name="Assignee">Only work held by this user (claim or assignee), or, when free, on cases assigned to this user.</param>
    /// <param name="AllRoles">Also show work for roles the user does not hold (a teamleider's overview).</param>
    public sealed record Query(User User, string? Role = null, string? Assignee = null, bool AllRoles = false) : IRequest<IReadOnlyList<WorklistItem>>;

    /// <summary>Joins open bookmarks with their case files, filters and sorts.</summary>
    public sealed class Handler(IWorkflowInstanceStore instances, ICaseFileStore caseFiles) : IRequestHandler<Query, IReadOnlyList<WorklistItem>>
    {
        /// <inheritdoc />
        public async Task<IReadOnlyList<WorklistItem>> Handle(Query request, CancellationToken cancellationToken)
        {
            var user = request.User;
            var bookmarks = new List<StoredBookmark>();
            foreach (var kind in (string[])[CaseworkBookmarkKinds.HumanTask, CaseworkBookmarkKinds.DiscretionPoint])
                bookmarks.AddRange(await instances.FindBookmarksAsync(new BookmarkFilter(kind, Take: 100_000), cancellationToken));

            var files = new Dictionary<string, CaseFile?>(StringComparer.Ordinal);
            var items = new List<WorklistItem>();
            foreach (var stored in bookmarks)
            {
                if (stored.CorrelationId is not { } caseFileId) continue;
                if (!files.TryGetValue(caseFileId, out var file))
                    files[caseFileId] = file = await caseFiles.FindAsync(caseFileId, cancellationToken);
                if (file is null || !CaseFileAccess.CanSee(user, file)) continue;

                var task = new OpenTask(stored, file);
                if (!request.AllRoles && !task.MayAct(user)) continue;
                if (request.Role is { } role && !(task.Roles.Count == 0 || task.Roles.Contains(role, StringComparer.OrdinalIgnoreCase))) continue;
                var holder = task.Holder;
                if (request.Assignee is { } assignee && (holder ?? file.Assignee) != assignee) continue;
                items.Add(ToItem(task, holder));
            }
            return items
                .OrderBy(i => i.Deadline ?? DateOnly.MaxValue)
                .ThenBy(i => i.OpenedAt)
                .ThenBy(i => i.BookmarkId, StringComparer.Ordinal)
                .ToList();
        }

        private static WorklistItem ToItem(OpenTask task, string? holder)
        {
            var file = task.CaseFile;
            var bookmark = task.Stored.Bookmark;
            var isTask = task.Kind == CaseworkBookmarkKinds.HumanTask;
            var clock = file.RunningClocks().Where(c => c.Deadline is not null).MinBy(c => c.Deadline);
            var due = task.DueDate;
            DateOnly? deadline = (due, clock?.Deadline) switch
            {
                ({ } d, { } c) => d < c ? d : c,
                ({ } d, null) => d,
                (null, { } c) => c,
                _ => null,
            };
            var claim = file.ClaimOf(bookmark.Id);
            var (humanTask, point) = (task.Task, task.Point);
            IReadOnlyList<string> choices = humanTask?.Actions ?? [.. (point?.Options ?? []).Select(o => o.Id)];
            return new WorklistItem(
                bookmark.Id, task.Kind, file.Id, file.Zaaktype, file.Title, file.Team,
                task.Stored.InstanceId, task.Stored.DefinitionId, bookmark.ActivityId,
                task.Title,
                task.Roles, holder, claim?.ClaimedBy is not null ? claim.At : null, file.Assignee,
                bookmark.CreatedAt, due, clock?.Name, clock?.Deadline, deadline,
                [.. choices], point?.DefaultOption is { Length: > 0 } defaultOption ? defaultOption : null);
        }
    }
}
