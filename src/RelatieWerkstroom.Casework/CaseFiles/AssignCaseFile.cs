using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Hands a case file to another caseworker or team. Anyone in the team may take it on; a teamleider may assign it to others or another team.</summary>
public static class AssignCaseFile
{
    /// <summary>Sets the assignee (null: nobody) and, when given, moves the case to <paramref name="Team"/>.</summary>
    public sealed record Command(User User, string CaseFileId, string? Assignee, string? Team = null) : IRequest<CaseFile>;

    /// <summary>The new team, when given, must exist.</summary>
    public sealed class Validator(IMunicipalitySettings settings) : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.CaseFileId)) yield return new("caseFileId", "Zaak ontbreekt (case file id is missing)");
            if (command.Team is not null && string.IsNullOrWhiteSpace(command.Team)) yield return new("team", "Team is leeg (team is empty)");
            else if (command.Team is not null && settings.Teams.Count > 0 && !settings.Teams.Any(t => string.Equals(t.Id, command.Team, StringComparison.OrdinalIgnoreCase)))
                yield return new("team", $"Team '{command.Team}' bestaat niet (unknown team)");
        }
    }

    /// <summary>Checks who may assign, stores the change and records it in the case-file log.</summary>
    public sealed class Handler(ICommandValidator<Command> validator, ICaseFileStore caseFiles, TimeProvider time) : IRequestHandler<Command, CaseFile>
    {
        /// <inheritdoc />
        public Task<CaseFile> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var user = request.User;
            var selfOnly = request.Assignee == user.Id && request.Team is null;
            if (!selfOnly && !user.HasRole(Roles.Teamleider))
                throw new CaseworkRefusedException(RefusalKind.Forbidden,
                    "Alleen een teamleider kan een zaak aan een ander of een ander team toewijzen (only a teamleider may assign to others)");
            return caseFiles.UpdateVisibleAsync(user, request.CaseFileId, file =>
            {
                CaseFileAccess.EnsureOpen(file);
                var details = new JsonObject { ["from"] = file.Assignee, ["to"] = request.Assignee };
                file.Assignee = request.Assignee;
                if (request.Team is { } team && !string.Equals(team, file.Team, StringComparison.OrdinalIgnoreCase))
                {
                    details["fromTeam"] = file.Team;
                    details["toTeam"] = team.Trim();
                    file.Team = team.Trim();
                }
                file.AddEvent(CaseEventKinds.CaseAssigned, user.Id, time.GetUtcNow(), details: details);
            }, cancellationToken);
        }
    }
}
