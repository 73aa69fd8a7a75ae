using System.Text.Json.Nodes;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Web.Identity;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Apis;

/// <summary><c>/api/tasks/{id}</c>: open a task, claim it, release it, assign it (teamleider), complete it with an action and form values.</summary>
public static class TasksApi
{
    /// <summary>The chosen action and the form values, by field name.</summary>
    public sealed record CompleteRequest(string? Action, JsonObject? Fields);

    /// <summary>The user name of the colleague who gets the task.</summary>
    public sealed record AssignRequest(string? Assignee);

    /// <summary>Knelpunt melden: a category (duplicate-request, unnecessary-step, unclear-rule, waiting, paperwork, other) and a short text without personal data.</summary>
    public sealed record RedTapeRequest(string? Category, string? Text);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Taken");
        tasks.MapGet("/{id}", GetAsync).WithSummary("Een taak of beslispunt met formulier, instructies en de regel erachter");
        tasks.MapPost("/{id}/claim", ClaimAsync).WithSummary("Taak oppakken (claim)")
            .WithDescription("Claiming one's own task again answers with the first claim; a task someone else holds is a 409 problem naming them.");
        tasks.MapPost("/{id}/release", ReleaseAsync).WithSummary("Taak teruggeven aan het team (release)");
        tasks.MapPost("/{id}/assign", AssignAsync).WithSummary("Taak toewijzen aan een collega van het team (teamleider)")
            .WithDescription("The assignee must work in the case's team and hold a role for the task (else a 400 problem on 'assignee'); " +
                "the task then shows as their claim, also when someone else held it.");
        tasks.MapPost("/{id}/red-tape", FlagRedTapeAsync).WithSummary("Knelpunt melden bij deze stap (onnodige regeldruk)")
            .WithDescription("Journalled with the step and its rule origin for the auditor's view; no case, citizen or caseworker name in it. " +
                "A text that looks like personal data (a number of 5+ digits, an e-mail address) is a 400 problem on 'text'.");
        tasks.MapPost("/{id}/complete", CompleteAsync)
            .WithSummary("Taak afronden met een actie en formulierwaarden")
            .WithDescription("Send an Idempotency-Key header to make a retry safe: the same key gives the first answer. " +
                "Two people completing one task: one succeeds, the other gets a 409 problem naming who was first.");
        return api;
    }

    private static async Task<Ok<TaskDetails>> GetAsync(string id, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetTask.Query(context.User.ToCaseworkUser(), id), cancellationToken));

    // A claim is the user's own until released: claiming again (a retry, with or without the same Idempotency-Key) answers
    // with the first claim; of two people claiming at once one gets a 409 problem naming the other.
    private static async Task<Ok<TaskClaim>> ClaimAsync(string id, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        IdempotencyKey.OperationId(context.Request, context.User, id); // refuses a malformed key before anything happens
        return TypedResults.Ok(await mediator.Send(new ClaimTask.Command(context.User.ToCaseworkUser(), id), cancellationToken));
    }

    private static async Task<Ok<RedTapeFlag>> FlagRedTapeAsync(string id, RedTapeRequest request, HttpContext context, IMediator mediator,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new FlagRedTape.Command(context.User.ToCaseworkUser(), id, request.Category, request.Text), cancellationToken));

    private static async Task<Ok<TaskClaim>> ReleaseAsync(string id, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ReleaseTask.Command(context.User.ToCaseworkUser(), id), cancellationToken));

    private static async Task<Ok<TaskClaim>> AssignAsync(string id, AssignRequest request, HttpContext context, IMediator mediator,
        TeamMembers members, CancellationToken cancellationToken)
    {
        var assignee = await members.FindAsync(request.Assignee ?? "")
            ?? throw new CommandValidationException([new("assignee", $"Gebruiker '{request.Assignee}' bestaat niet (unknown user)")]);
        return TypedResults.Ok(await mediator.Send(new AssignTask.Command(context.User.ToCaseworkUser(), id, assignee), cancellationToken));
    }

    private static async Task<Results<Ok<RunResult>, ProblemHttpResult>> CompleteAsync(string id, CompleteRequest request, HttpContext context,
        IMediator mediator, AlreadyHandled alreadyHandled, CancellationToken cancellationToken)
    {
        var operationId = IdempotencyKey.OperationId(context.Request, context.User, id);
        return await alreadyHandled.ResumeAsync(id, operationId, () => mediator.Send(
            new CompleteTask.Command(context.User.ToCaseworkUser(), id, request.Action ?? "", request.Fields, operationId), cancellationToken), cancellationToken);
    }
}
