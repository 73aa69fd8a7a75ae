using MediatR;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Users;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>The meldingen and aanvragen the user's team takes in (the team's zaaktypen in the municipality settings).</summary>
public static class GetIntakeKinds
{
    /// <summary>The kinds <paramref name="User"/> may open a case for.</summary>
    public sealed record Query(User User) : IRequest<IReadOnlyList<IntakeKind>>;

    /// <summary>Filters <see cref="IntakeKind.All"/> by the team's zaaktypen.</summary>
    public sealed class Handler(IMunicipalitySettings settings) : IRequestHandler<Query, IReadOnlyList<IntakeKind>>
    {
        /// <inheritdoc />
        public Task<IReadOnlyList<IntakeKind>> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<IntakeKind>>(IntakeKind.All.Where(k => OpenIntake.TeamTakes(settings, request.User.Team, k)).ToList());
    }
}
