using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Runtime;

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
            var payload = new JsonObject { ["action"] = request.Action, ["fields"] = request.Fields?.DeepClone() ?? new JsonObject() };
            return await WorklistResume.ResumeAsync(runtime, caseFiles, request.User, request.BookmarkId, CaseworkBookmarkKinds.HumanTask,
                "Dit is een beslismoment, geen taak; gebruik 'besluiten' (not a human task)", payload, request.OperationId, cancellationToken);
        }
    }
}
