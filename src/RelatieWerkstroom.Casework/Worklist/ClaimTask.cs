using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>
/// Takes an open task or discretion point so colleagues see it is being handled. Claims are case-file data and are
/// recorded in the case file's log (<c>TaskClaimed</c>); the engine journal learns the claim when the task completes.
/// </summary>
public static class ClaimTask
{
    /// <summary>Claims the task behind <paramref name="BookmarkId"/> for <paramref name="User"/>.</summary>
    public sealed record Command(User User, string BookmarkId) : IRequest<TaskClaim>;

    /// <summary>Needs a bookmark id.</summary>
    public sealed class Validator : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.BookmarkId)) yield return new("bookmarkId", "Taak ontbreekt (bookmark id is missing)");
        }
    }

    /// <summary>Refuses when someone else holds the task or the user lacks the role; claiming one's own task again changes nothing.</summary>
    public sealed class Handler(ICommandValidator<Command> validator, IWorkflowInstanceStore instances, ICaseFileStore caseFiles, TimeProvider time)
        : IRequestHandler<Command, TaskClaim>
    {
        /// <inheritdoc />
        public async Task<TaskClaim> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var user = request.User;
            var task = await OpenTask.FindAsync(instances, caseFiles, user, request.BookmarkId, cancellationToken);
            task.EnsureMayAct(user);
            if (task.Holder == user.Id && task.CaseFile.ClaimOf(task.BookmarkId) is { } own) return own;

            var claim = new TaskClaim(task.BookmarkId, user.Id, time.GetUtcNow(), user.Id);
            await caseFiles.UpdateVisibleAsync(user, task.CaseFile.Id, file =>
            {
                // Checked again on the version being changed, so of two simultaneous claims one is refused.
                var holder = new OpenTask(task.Stored, file).Holder;
                if (holder is not null && holder != user.Id)
                    throw new CaseworkRefusedException(RefusalKind.Conflict,
                        $"Taak is al in behandeling bij '{holder}' (task is already being handled by '{holder}')");
                file.SetClaim(claim);
                file.AddEvent(CaseEventKinds.TaskClaimed, user.Id, claim.At, task.BookmarkId, task.Stored.InstanceId);
            }, cancellationToken);
            return claim;
        }
    }
}
