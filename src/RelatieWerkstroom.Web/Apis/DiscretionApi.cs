using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Apis;

/// <summary><c>POST /api/discretion/{id}/decide</c>: choose an option at a discretion point, with a reason when deviating from the default.</summary>
public static class DiscretionApi
{
    /// <summary>The chosen option and the written reason (required when deviating from the default, Awb 4:84).</summary>
    public sealed record DecideRequest(string? Option, string? Reason);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapDiscretionApi(this RouteGroupBuilder api)
    {
        api.MapPost("/discretion/{id}/decide", DecideAsync).WithTags("Beslispunten")
            .WithSummary("Beslispunt besluiten")
            .WithDescription("Deviating from the default without a reason is refused with a 400 problem; nothing changes. Idempotency-Key as for tasks: " +
                "the same key gives the first answer; a point someone else decided first is a 409 problem naming them.");
        return api;
    }

    private static async Task<Results<Ok<RunResult>, ProblemHttpResult>> DecideAsync(string id, DecideRequest request, HttpContext context,
        IMediator mediator, AlreadyHandled alreadyHandled, CancellationToken cancellationToken)
    {
        var operationId = IdempotencyKey.OperationId(context.Request, context.User, id);
        return await alreadyHandled.ResumeAsync(id, operationId, () => mediator.Send(
            new DecideDiscretionPoint.Command(context.User.ToCaseworkUser(), id, request.Option ?? "", request.Reason, operationId), cancellationToken),
            cancellationToken);
    }
}
