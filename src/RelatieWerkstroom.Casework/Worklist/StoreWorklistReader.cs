using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>
/// Reads the worklist from the stores themselves: every open task and discretion point with its case file, filtered
/// and sorted in memory. For the in-memory and simulation stores, which hold no worklist table; it is also the
/// reference the database's reader is tested against.
/// </summary>
public sealed class StoreWorklistReader(IWorkflowInstanceStore instances, ICaseFileStore caseFiles) : IWorklistReader
{
    /// <inheritdoc />
    public async Task<WorklistResult> ReadAsync(WorklistRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = request.User;
        var bookmarks = new List<StoredBookmark>();
        foreach (var kind in (string[])[CaseworkBookmarkKinds.HumanTask, CaseworkBookmarkKinds.DiscretionPoint])
            bookmarks.AddRange(await instances.FindBookmarksAsync(new BookmarkFilter(kind, Take: int.MaxValue), cancellationToken));

        var files = new Dictionary<string, CaseFile?>(StringComparer.Ordinal);
        var visible = new List<WorklistItem>();
        foreach (var stored in bookmarks)
        {
            if (stored.CorrelationId is not { } caseFileId) continue;
            if (!files.TryGetValue(caseFileId, out var file))
                files[caseFileId] = file = await caseFiles.FindAsync(caseFileId, cancellationToken);
            if (file is null || !CaseFileAccess.CanSee(user, file)) continue;

            var task = new OpenTask(stored, file);
            if (!request.AllRoles && !task.MayAct(user)) continue;
            if (request.Role is { } role && !(task.Roles.Count == 0 || task.Roles.Contains(role, StringComparer.OrdinalIgnoreCase))) continue;
            if (request.Assignee is { } assignee && (task.Holder ?? file.Assignee) != assignee) continue;
            visible.Add(task.ToWorklistItem());
        }
        var matching = visible
            .Where(i => request.MatchesTeam(i.Team) && request.MatchesDefinition(i.DefinitionId) && request.MatchesDue(i.Deadline))
            .OrderBy(i => i.Deadline ?? DateOnly.MaxValue)
            .ThenBy(i => i.OpenedAt)
            .ThenBy(i => i.BookmarkId, StringComparer.Ordinal)
            .ToList();
        return new WorklistResult(
            [.. matching.Skip(request.Skip).Take(request.Take)], matching.Count,
            Counts(visible, i => CaseFileAccess.TeamKey(i.Team)), Counts(visible, i => i.DefinitionId));
    }

    private static List<WorklistCount> Counts(IEnumerable<WorklistItem> items, Func<WorklistItem, string> value) =>
        [.. items.GroupBy(value, StringComparer.Ordinal).Select(g => new WorklistCount(g.Key, g.Count())).OrderBy(c => c.Value, StringComparer.Ordinal)];
}
