using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Web.Identity;

namespace RelatieWerkstroom.Web.Apis;

/// <summary>
/// Completing a task or deciding a discretion point that someone else handled first: a 409 problem naming who did
/// it and when (<c>handledBy</c>, <c>handledByName</c>, <c>handledAt</c>), whichever way the engine noticed it. The
/// same operation id (a retry with the same Idempotency-Key) is not a conflict: the engine replays the first answer.
/// </summary>
public sealed class AlreadyHandled(IWorkflowInstanceStore instances, IJournalReader journal, UserManager<WerkstroomUser> users)
{
    /// <summary>Runs <paramref name="resume"/>; a lost race for <paramref name="bookmarkId"/> becomes the 409 problem.</summary>
    public async Task<Results<Ok<RunResult>, ProblemHttpResult>> ResumeAsync(string bookmarkId, string operationId,
        Func<Task<RunResult>> resume, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await resume());
        }
        catch (Exception ex) when (ex is BookmarkConflictException or CaseworkRefusedException { Kind: RefusalKind.NotFound })
        {
            // A task that vanished between two look-ups also lost a race, when an operation consumed it.
            if (await instances.FindOperationForBookmarkAsync(bookmarkId, cancellationToken) is not { } winner || winner.OperationId == operationId)
                throw;
            return await ProblemAsync(bookmarkId, winner, cancellationToken);
        }
    }

    private async Task<ProblemHttpResult> ProblemAsync(string bookmarkId, OperationRecord winner, CancellationToken cancellationToken)
    {
        string? actor = null;
        var at = winner.CreatedAt;
        await foreach (var entry in journal.ReadAsync(0, winner.InstanceId, cancellationToken))
        {
            if (entry.Kind != JournalEvents.InstanceResumed || entry.PayloadJson is null) continue;
            var payload = JsonNode.Parse(entry.PayloadJson);
            if (payload?["bookmarkId"]?.GetValue<string>() != bookmarkId || payload["operationId"]?.GetValue<string>() != winner.OperationId) continue;
            actor = entry.Actor;
            at = entry.Timestamp;
        }
        var name = actor is null ? null : (await users.FindByNameAsync(actor))?.DisplayName;
        var who = actor is null ? "iemand anders" : name is { Length: > 0 } ? $"{name} ({actor})" : actor;
        var when = TimeZoneInfo.ConvertTime(at, Amsterdam).ToString("d MMMM yyyy HH:mm", Dutch);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Al afgehandeld; er is niets gewijzigd (already handled; nothing was changed)",
            detail: $"Deze taak is al afgehandeld door {who} op {when}; uw afhandeling is niet uitgevoerd. " +
                $"(Already handled by {actor ?? "someone else"} at {at:u}; yours was not carried out.)",
            extensions: new Dictionary<string, object?>
            {
                ["bookmarkId"] = bookmarkId,
                ["handledBy"] = actor,
                ["handledByName"] = name,
                ["handledAt"] = at,
            });
    }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
}
