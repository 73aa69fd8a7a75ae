using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>
/// A teamleider gives an open task or discretion point to a colleague of the case's team who holds a role for it; it
/// then shows as that colleague's claim. Recorded in the case file's log (<c>TaskAssigned</c>, with who holds it now and
/// who held it before).
/// </summary>
public static class AssignTask
{
    /// <summary>Assigns the task behind <paramref name="BookmarkId"/> to <paramref name="Assignee"/> on behalf of <paramref name="User"/>.</summary>
    public sealed record Command(User User, string BookmarkId, User Assignee) : IRequest<TaskClaim>;

    /// <summary>Needs a bookmark id and an assignee.</summary>
    public sealed class Validator : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.BookmarkId)) yield return new("bookmarkId", "Taak ontbreekt (bookmark id is missing)");
            if (string.IsNullOrWhiteSpace(command.Assignee.Id)) yield return new("assignee", "Kies aan wie de taak gaat (assignee is missing)");
        }
    }

    /// <summary>
    /// Refuses a user who is not a teamleider, an assignee outside the case's team or without a role for the task;
    /// assigning to the one who already holds it changes nothing.
    /// </summary>
    public sealed class Handler(ICommandValidator<Command> validator, IWorkflowInstanceStore instances, ICaseFileStore caseFiles, TimeProvider time)
        : IRequestHandler<Command, TaskClaim>
    {
        /// <inheritdoc />
        public async Task<TaskClaim> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var (user, assignee) = (request.User, request.Assignee);
            if (!user.HasRole(Roles.Teamleider))
                throw new CaseworkRefusedException(RefusalKind.Forbidden, "Alleen een teamleider kan taken toewijzen (only a teamleider may assign)");
            var task = await OpenTask.FindAsync(instances, caseFiles, user, request.BookmarkId, cancellationToken);
            if (!assignee.IsInTeam(task.CaseFile.Team))
                throw new CommandValidationException([new("assignee",
                    $"'{assignee.Id}' werkt niet in team '{task.CaseFile.Team}' (assignee is not in the case's team)")]);
            if (!task.MayAct(assignee))
                throw new CommandValidationException([new("assignee",
                    $"'{assignee.Id}' heeft niet de rol voor deze taak; vereist: {string.Join(" of ", task.Roles)} (assignee lacks the role)")]);
            if (task.Holder == assignee.Id && task.CaseFile.ClaimOf(task.BookmarkId) is { } held) return held;

            var claim = new TaskClaim(task.BookmarkId, assignee.Id, time.GetUtcNow(), user.Id);
            await caseFiles.UpdateVisibleAsync(user, task.CaseFile.Id, file =>
            {
                var before = new OpenTask(task.Stored, file).Holder;
                file.SetClaim(claim);
                var details = new JsonObject { ["assignee"] = assignee.Id };
                if (before is not null) details["heldBy"] = before;
                file.AddEvent(CaseEventKinds.TaskAssigned, user.Id, claim.At, task.BookmarkId, task.Stored.InstanceId, details);
            }, cancellationToken);
            return claim;
        }
    }
}
