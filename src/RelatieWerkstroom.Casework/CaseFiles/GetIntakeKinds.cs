using MediatR;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>
/// The meldingen and aanvragen the user's team takes in: the reference kinds and the published own workflows, filtered
/// by the team's zaaktypen in the municipality settings (<see cref="OpenIntake.TeamTakes"/>).
/// </summary>
public static class GetIntakeKinds
{
    /// <summary>The kinds <paramref name="User"/> may open a case for.</summary>
    public sealed record Query(User User) : IRequest<IReadOnlyList<IntakeKind>>;

    /// <summary>Filters <see cref="IntakeKind.ListAsync"/> by the team's zaaktypen.</summary>
    public sealed class Handler(IMunicipalitySettings settings, IWorkflowDefinitionStore definitions) : IRequestHandler<Query, IReadOnlyList<IntakeKind>>
    {
        /// <inheritdoc />
        public async Task<IReadOnlyList<IntakeKind>> Handle(Query request, CancellationToken cancellationToken) =>
            (await IntakeKind.ListAsync(definitions, settings, cancellationToken)).Where(k => OpenIntake.TeamTakes(settings, request.User.Team, k)).ToList();
    }
}
