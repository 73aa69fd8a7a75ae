using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>
/// Completes a human task with an action and form values. The HumanTask activity checks role, action and fields; a
/// refusal (<see cref="ResumeRejectedException"/>) leaves instance, journal and case file exactly as they were.
/// </summary>
public static class CompleteTask
{
    /// <summary>Completes the task behind <paramref name="BookmarkId"/>; the same <paramref name="OperationId"/> twice completes it once.</summary>
    public sealed record Command(User User, string BookmarkId, string Action, JsonObject? Fields, string OperationId) : IRequest<RunResult>;

    /// <summary>Needs a task, an action and an operation id.</summary>
    public sealed class Validator : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.BookmarkId)) yield return new("bookmarkId", "Taak ontbreekt (bookmark id is missing)");
            if (string.IsNullOrWhiteSpace(command.Action)) yield return new("action", "Actie ontbreekt (action is missing)");
            if (string.IsNullOrWhiteSpace(command.OperationId)) yield return new("operationId", "Operatie-id ontbreekt (operation id is missing)");
        }
    }

    /// <summary>Checks the team, then resumes the task as the user in the role the user holds for it.</summary>
    public sealed class Handler(ICommandValidator<Command> validator, WorkflowRuntime runtime, ICaseFileStore caseFiles) : IRequestHandler<Command, RunResult>
    {
        /// <inheritdoc />
        public async Task<RunResult> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var user = request.User;
            string? role = null;
            // A repeated operation finds the bookmark gone; the runtime then replays the first result.
            if (await runtime.Instances.FindBookmarkAsync(request.BookmarkId, cancellationToken) is not null)
            {
                var task = await OpenTask.FindAsync(runtime.Instances, caseFiles, user, request.BookmarkId, cancellationToken);
                if (task.Kind != CaseworkBookmarkKinds.HumanTask)
                    throw new CaseworkRefusedException(RefusalKind.Conflict, "Dit is een beslismoment, geen taak; gebruik 'besluiten' (not a human task)");
                // Without an allowed role the user's own role goes along, and the activity refuses it with the reason.
                role = task.RoleOf(user) ?? user.Roles.FirstOrDefault();
            }
            var payload = new JsonObject
            {
                ["action"] = request.Action,
                ["fields"] = request.Fields?.DeepClone() ?? new JsonObject(),
                ["user"] = user.Id,
                ["role"] = role,
            };
            return await runtime.ResumeAsync(new ResumeRequest(request.BookmarkId, payload, request.OperationId, user.Id), cancellationToken);
        }
    }
}
