using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// A caseworker takes in a melding or aanvraag for their own team: the kind decides the zaaktype and the reference
/// workflow (<see cref="IntakeKind"/>), and <see cref="OpenCaseFile"/> opens the case and starts it. The caseworker who
/// takes it in is responsible for the case.
/// </summary>
public static class OpenIntake
{
    /// <summary>Takes in <paramref name="Kind"/> about the citizen with <paramref name="Bsn"/> and <paramref name="Name"/>.</summary>
    /// <param name="User">Who takes it in; the case belongs to their team.</param>
    /// <param name="Kind">An <see cref="IntakeKind"/> id, e.g. <c>wmo-melding</c>.</param>
    /// <param name="Bsn">The citizen's BSN.</param>
    /// <param name="Name">The citizen's name.</param>
    /// <param name="Title">Short description without personal data, e.g. "Huishoudelijke hulp".</param>
    public sealed record Command(User User, string? Kind, string? Bsn, string? Name, string? Title) : IRequest<OpenCaseFile.Result>;

    /// <summary>Checks the kind (one the team takes in), the BSN, the name and the title.</summary>
    public sealed class Validator(IMunicipalitySettings settings) : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            var kind = IntakeKind.Find(command.Kind);
            if (kind is null)
                yield return new("kind", $"Kies wat er binnenkomt: {string.Join(", ", IntakeKind.All.Select(k => k.Id))} (unknown kind '{command.Kind}')");
            else if (!TeamTakes(settings, command.User.Team, kind))
                yield return new("kind", $"Uw team '{command.User.Team}' behandelt geen {kind.Title.ToLowerInvariant()} (the team does not take in this zaaktype)");
            if (string.IsNullOrWhiteSpace(command.User.Team)) yield return new("team", "U hoort bij geen team (user has no team)");
            if (!Subjects.Bsn.TryParse(command.Bsn, out _, out var error)) yield return new("bsn", error);
            if (string.IsNullOrWhiteSpace(command.Name)) yield return new("name", "Naam van de inwoner ontbreekt (name is missing)");
            else if (command.Name.Length > 200) yield return new("name", "Naam is langer dan 200 tekens (name too long)");
            if (command.Title is { Length: > 200 }) yield return new("title", "Omschrijving is langer dan 200 tekens (title too long)");
        }
    }

    /// <summary>Whether <paramref name="team"/> takes in <paramref name="kind"/> (a team without zaaktypen in the settings takes in everything).</summary>
    public static bool TeamTakes(IMunicipalitySettings settings, string team, IntakeKind kind)
    {
        var settingsOfTeam = settings.Teams.FirstOrDefault(t => string.Equals(t.Id, team, StringComparison.OrdinalIgnoreCase));
        if (settingsOfTeam is null) return settings.Teams.Count == 0;
        return settingsOfTeam.Zaaktypen.Count == 0 || settingsOfTeam.Zaaktypen.Contains(kind.Zaaktype, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Opens the case with the kind's workflow (or the one the settings map its zaaktype to).</summary>
    public sealed class Handler(ICommandValidator<Command> validator, IMediator mediator, IMunicipalitySettings settings)
        : IRequestHandler<Command, OpenCaseFile.Result>
    {
        /// <inheritdoc />
        public Task<OpenCaseFile.Result> Handle(Command request, CancellationToken cancellationToken)
        {
            validator.EnsureValid(request);
            var kind = IntakeKind.Find(request.Kind)!;
            var definitionId = settings.Zaaktypen.GetValueOrDefault(kind.Zaaktype) ?? kind.DefinitionId;
            IReadOnlyDictionary<string, JsonNode?>? variables = kind.Route is { } route ? new Dictionary<string, JsonNode?> { ["Route"] = route } : null;
            var title = request.Title?.Trim() is { Length: > 0 } t ? t : kind.Title;
            return mediator.Send(new OpenCaseFile.Command(kind.Zaaktype, request.User.Team, request.User,
                new OpenCaseFile.SubjectData(request.Bsn!.Trim(), request.Name!.Trim()), title, request.User.Id, definitionId,
                Variables: variables), cancellationToken);
        }
    }
}
