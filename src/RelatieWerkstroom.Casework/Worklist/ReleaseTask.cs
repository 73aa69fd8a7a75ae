using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>Gives a claimed (or pre-assigned) task back to the team; recorded in the case file's log (<c>TaskReleased</c>).</summary>
public static class ReleaseTask
{
    /// <summary>Releases the task behind <paramref name="BookmarkId"/>.</summary>
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

    /// <summary>The holder may release; a teamleider may release anyone's task.</summary>
    public sealed class Handler(ICommandValidator<Command> validator, IWorkflowInstanceStore instances, ICaseFileStore caseFiles, TimeProvider time)
        : IRequestHandler<Command, TaskClaim>
    {
        /// <inheritdoc />
        public async Task<TaskClaim> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var user = request.User;
            var task = await OpenTask.FindAsync(instances, caseFiles, user, request.BookmarkId, cancellationToken);
            var release = new TaskClaim(task.BookmarkId, null, time.GetUtcNow(), user.Id);
            await caseFiles.UpdateVisibleAsync(user, task.CaseFile.Id, file =>
            {
                var holder = new OpenTask(task.Stored, file).Holder;
                if (holder is null)
                    throw new CaseworkRefusedException(RefusalKind.Conflict, "Taak is door niemand geclaimd (task is not claimed)");
                if (holder != user.Id && !user.HasRole(Roles.Teamleider))
                    throw new CaseworkRefusedException(RefusalKind.Forbidden,
                        $"Taak is in behandeling bij '{holder}'; alleen die gebruiker of een teamleider kan haar vrijgeven (only the holder or a teamleider may release)");
                file.SetClaim(release);
                file.AddEvent(CaseEventKinds.TaskReleased, user.Id, release.At, task.BookmarkId, task.Stored.InstanceId,
                    new System.Text.Json.Nodes.JsonObject { ["heldBy"] = holder });
            }, cancellationToken);
            return release;
        }
    }
}
