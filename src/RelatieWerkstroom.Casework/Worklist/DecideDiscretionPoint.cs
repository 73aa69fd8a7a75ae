using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>
/// Decides a discretion point. The DiscretionPoint activity checks role, option and reason; a refusal
/// (<see cref="ResumeRejectedException"/>) leaves instance, journal and case file exactly as they were.
/// </summary>
public static class DecideDiscretionPoint
{
    /// <summary>Chooses <paramref name="Option"/> with <paramref name="Reason"/>; the same <paramref name="OperationId"/> twice decides once.</summary>
    public sealed record Command(User User, string BookmarkId, string Option, string? Reason, string OperationId) : IRequest<RunResult>;

    /// <summary>Needs a discretion point, an option and an operation id.</summary>
    public sealed class Validator : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.BookmarkId)) yield return new("bookmarkId", "Beslismoment ontbreekt (bookmark id is missing)");
            if (string.IsNullOrWhiteSpace(command.Option)) yield return new("option", "Keuze ontbreekt (option is missing)");
            if (string.IsNullOrWhiteSpace(command.OperationId)) yield return new("operationId", "Operatie-id ontbreekt (operation id is missing)");
        }
    }

    /// <summary>Checks the team, then resumes the discretion point as the user in the role the user holds for it.</summary>
    public sealed class Handler(ICommandValidator<Command> validator, WorkflowRuntime runtime, ICaseFileStore caseFiles) : IRequestHandler<Command, RunResult>
    {
        /// <inheritdoc />
        public async Task<RunResult> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var payload = new JsonObject { ["option"] = request.Option, ["reason"] = request.Reason };
            return await WorklistResume.ResumeAsync(runtime, caseFiles, request.User, request.BookmarkId, CaseworkBookmarkKinds.DiscretionPoint,
                "Dit is een taak, geen beslismoment; gebruik 'afronden' (not a discretion point)", payload, request.OperationId, cancellationToken);
        }
    }
}
