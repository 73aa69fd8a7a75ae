using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// A caseworker takes in a melding or aanvraag for their own team: the kind decides the zaaktype and the workflow (a
/// reference kind, or a published workflow of the municipality's own: <see cref="IntakeKind"/>), and
/// <see cref="OpenCaseFile"/> opens the case and starts it. The caseworker who takes it in is responsible for the case.
/// </summary>
public static class OpenIntake
{
    /// <summary>Takes in <paramref name="Kind"/> about the citizen with <paramref name="Bsn"/> and <paramref name="Name"/>.</summary>
    /// <param name="User">Who takes it in; the case belongs to their team.</param>
    /// <param name="Kind">An <see cref="IntakeKind"/> id, e.g. <c>wmo-melding</c>, or the definition id of a published own workflow.</param>
    /// <param name="Bsn">The citizen's BSN.</param>
    /// <param name="Name">The citizen's name.</param>
    /// <param name="OpeningKey">Makes a retry safe: the same key from the same person opens one case file and answers with it.</param>
    /// <param name="Title">Short description without personal data, e.g. "Huishoudelijke hulp".</param>
    public sealed record Command(User User, string? Kind, string? Bsn, string? Name, string? Title, string? OpeningKey = null) : IRequest<OpenCaseFile.Result>;

    /// <summary>Checks the team, the BSN, the name and the title; the kind needs the definition store and is checked by <see cref="KindProblems"/>.</summary>
    public sealed class Validator : ICommandValidator<Command>
    {
        /// <inheritdoc />
        public IEnumerable<CommandProblem> Validate(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.User.Team)) yield return new("team", "U hoort bij geen team (user has no team)");
            if (!Subjects.Bsn.TryParse(command.Bsn, out _, out var error)) yield return new("bsn", error);
            if (string.IsNullOrWhiteSpace(command.Name)) yield return new("name", "Naam van de inwoner ontbreekt (name is missing)");
            else if (command.Name.Length > 200) yield return new("name", "Naam is langer dan 200 tekens (name too long)");
            if (command.Title is { Length: > 200 }) yield return new("title", "Omschrijving is langer dan 200 tekens (title too long)");
        }
    }

    /// <summary>What is wrong with <paramref name="kind"/> (as found for <paramref name="command"/>'s kind): unknown, or not one the team takes in.</summary>
    public static IEnumerable<CommandProblem> KindProblems(Command command, IntakeKind? kind, IMunicipalitySettings settings)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (kind is null)
            yield return new("kind", $"Kies wat er binnenkomt: {string.Join(", ", IntakeKind.All.Select(k => k.Id))} of een gepubliceerd eigen werkproces (unknown kind '{command.Kind}')");
        else if (!TeamTakes(settings, command.User.Team, kind))
            yield return new("kind", $"Uw team '{command.User.Team}' behandelt geen {kind.Title.ToLowerInvariant()} (the team does not take in this zaaktype)");
    }

    /// <summary>
    /// Whether <paramref name="team"/> takes in <paramref name="kind"/>: a team without zaaktypen in the settings takes in
    /// everything, and a zaaktype that no team lists (a new workflow the settings do not know yet) is taken in by every team.
    /// </summary>
    public static bool TeamTakes(IMunicipalitySettings settings, string team, IntakeKind kind)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(kind);
        var settingsOfTeam = settings.Teams.FirstOrDefault(t => string.Equals(t.Id, team, StringComparison.OrdinalIgnoreCase));
        if (settingsOfTeam is null) return settings.Teams.Count == 0;
        return settingsOfTeam.Zaaktypen.Count == 0 || settingsOfTeam.Zaaktypen.Contains(kind.Zaaktype, StringComparer.OrdinalIgnoreCase)
            || !settings.Teams.Any(t => t.Zaaktypen.Contains(kind.Zaaktype, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Opens the case with the kind's workflow (for a reference kind: or the one the settings map its zaaktype to).</summary>
    public sealed class Handler(ICommandValidator<Command> validator, IMediator mediator, IMunicipalitySettings settings, IWorkflowDefinitionStore definitions)
        : IRequestHandler<Command, OpenCaseFile.Result>
    {
        /// <inheritdoc />
        public async Task<OpenCaseFile.Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var found = await IntakeKind.FindAsync(request.Kind, definitions, settings, cancellationToken);
            var problems = KindProblems(request, found, settings).Concat(validator.Validate(request)).ToList();
            if (problems.Count > 0) throw new CommandValidationException(problems);
            var kind = found!;
            var definitionId = kind.IsReference ? settings.Zaaktypen.GetValueOrDefault(kind.Zaaktype) ?? kind.DefinitionId : kind.DefinitionId;
            IReadOnlyDictionary<string, JsonNode?>? variables = kind.Route is { } route ? new Dictionary<string, JsonNode?> { ["Route"] = route } : null;
            var title = request.Title?.Trim() is { Length: > 0 } t ? t : kind.Title;
            return await mediator.Send(new OpenCaseFile.Command(kind.Zaaktype, request.User.Team, request.User,
                new OpenCaseFile.SubjectData(request.Bsn!.Trim(), request.Name!.Trim()), title, request.User.Id, definitionId,
                Variables: variables, OpeningKey: request.OpeningKey), cancellationToken);
        }
    }
}
