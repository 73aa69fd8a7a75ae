using MediatR;
using RelatieWerkstroom.Casework.Users;

namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>
/// The open human tasks and discretion points of the user's team that the user may act on, earliest deadline first
/// (the task's due date or the case's statutory deadline, whichever comes first). Read through the registered
/// <see cref="IWorklistReader"/>.
/// </summary>
public static class GetWorklist
{
    /// <summary>Lists all open work for <paramref name="User"/>.</summary>
    /// <param name="User">Whose worklist; only case files of the user's team are shown.</param>
    /// <param name="Role">Only work for this role.</param>
    /// <param name="Assignee">Only work held by this user (claim or assignee), or, when free, on cases assigned to this user.</param>
    /// <param name="AllRoles">Also show work for roles the user does not hold (a teamleider's overview).</param>
    public sealed record Query(User User, string? Role = null, string? Assignee = null, bool AllRoles = false) : IRequest<IReadOnlyList<WorklistItem>>;

    /// <summary>One page of the worklist with its filters, the total and the counts per team and workflow.</summary>
    public sealed record PageQuery(WorklistRequest Request) : IRequest<WorklistResult>;

    /// <summary>Asks the worklist reader.</summary>
    public sealed class Handler(IWorklistReader reader) : IRequestHandler<Query, IReadOnlyList<WorklistItem>>, IRequestHandler<PageQuery, WorklistResult>
    {
        /// <inheritdoc />
        public async Task<IReadOnlyList<WorklistItem>> Handle(Query request, CancellationToken cancellationToken) =>
            (await reader.ReadAsync(new WorklistRequest(request.User, request.Role, request.Assignee, request.AllRoles), cancellationToken)).Items;

        /// <inheritdoc />
        public Task<WorklistResult> Handle(PageQuery request, CancellationToken cancellationToken) => reader.ReadAsync(request.Request, cancellationToken);
    }
}
