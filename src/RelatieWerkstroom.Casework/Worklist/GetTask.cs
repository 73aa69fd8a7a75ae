using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>
/// One open task or discretion point as a person opens it: what the activity asks (form fields, actions, instructions;
/// or question, options, default and legal basis) and the rule behind the step (its friction annotation).
/// </summary>
public static class GetTask
{
    /// <summary>Reads the task behind <paramref name="BookmarkId"/> as <paramref name="User"/> (own team only).</summary>
    public sealed record Query(User User, string BookmarkId) : IRequest<TaskDetails>;

    /// <summary>Finds the task, its case file and the activity of the instance's definition version.</summary>
    public sealed class Handler(IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, ICaseFileStore caseFiles)
        : IRequestHandler<Query, TaskDetails>
    {
        /// <inheritdoc />
        public async Task<TaskDetails> Handle(Query request, CancellationToken cancellationToken)
        {
            var task = await OpenTask.FindAsync(instances, caseFiles, request.User, request.BookmarkId, cancellationToken);
            var bookmark = task.Stored.Bookmark;
            var instance = await instances.FindAsync(task.Stored.InstanceId, cancellationToken);
            var definition = instance is null ? null : await definitions.FindVersionAsync(instance.DefinitionVersionId, cancellationToken);
            var activity = definition?.ActivitiesById.GetValueOrDefault(bookmark.ActivityId);
            var isTask = task.Kind == CaseworkBookmarkKinds.HumanTask;
            var claim = task.CaseFile.ClaimOf(bookmark.Id);
            return new TaskDetails(
                bookmark.Id, task.Kind, task.CaseFile.Id, task.CaseFile.Zaaktype, task.CaseFile.Title, task.CaseFile.Team,
                task.Stored.InstanceId, task.Stored.DefinitionId, definition?.Name, bookmark.ActivityId, activity?.Name,
                task.Title,
                task.Roles, task.Holder, claim?.ClaimedBy is not null ? claim.At : null, task.MayAct(request.User),
                bookmark.CreatedAt, task.DueDate,
                (JsonObject)task.Payload.DeepClone(), activity?.Friction?.DeepClone() as JsonObject);
        }
    }
}

/// <summary>An open task or discretion point with everything needed to act on it (no personal data).</summary>
/// <param name="BookmarkId">Id to claim, release, complete or decide it with.</param>
/// <param name="Kind"><c>HumanTask</c> or <c>DiscretionPoint</c>.</param>
/// <param name="CaseFileId">The case file.</param>
/// <param name="Zaaktype">The case's zaaktype.</param>
/// <param name="CaseTitle">The case's title.</param>
/// <param name="Team">The team owning the case.</param>
/// <param name="InstanceId">The waiting workflow instance.</param>
/// <param name="DefinitionId">Its definition.</param>
/// <param name="WorkflowName">The definition's name.</param>
/// <param name="ActivityId">The waiting activity.</param>
/// <param name="ActivityName">Its name in the definition.</param>
/// <param name="Title">Task title, or the discretion point's question.</param>
/// <param name="Roles">Roles that may act.</param>
/// <param name="AssignedTo">Who holds it (claim or pre-set assignee); null when free.</param>
/// <param name="ClaimedAt">When it was claimed.</param>
/// <param name="MayAct">Whether the reading user holds a role that may act.</param>
/// <param name="OpenedAt">When the task opened.</param>
/// <param name="DueDate">The task's internal due date, if any.</param>
/// <param name="Details">What the activity asks: a task's <c>instructions</c>, <c>formFields</c> and <c>actions</c>; a discretion point's
/// <c>question</c>, <c>options</c>, <c>defaultOption</c>, <c>legalBasis</c> and <c>reasonRequired</c>.</param>
/// <param name="Friction">The rule behind the step: <c>origin</c>, <c>basis</c>, <c>actor</c>, minutes, <c>purpose</c>.</param>
public sealed record TaskDetails(
    string BookmarkId,
    string Kind,
    string CaseFileId,
    string Zaaktype,
    string? CaseTitle,
    string Team,
    string InstanceId,
    string DefinitionId,
    string? WorkflowName,
    string ActivityId,
    string? ActivityName,
    string Title,
    IReadOnlyList<string> Roles,
    string? AssignedTo,
    DateTimeOffset? ClaimedAt,
    bool MayAct,
    DateTimeOffset OpenedAt,
    DateOnly? DueDate,
    JsonObject Details,
    JsonObject? Friction);
