using System.Text;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Web.AccessLog;
using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Apis;

/// <summary>
/// <c>/api/cases</c>: search the case files of the team, open one (written to the access log), take in a new melding or
/// aanvraag, add a note, suspend/resume/extend a legal clock, and open or download a document. Which case files a user
/// sees is Casework's rule (own team; jurists every bezwaar case).
/// </summary>
public static class CasesApi
{
    /// <summary>A new melding or aanvraag: its kind (see <c>GET /api/cases/kinds</c>), the citizen and a short description without personal data.</summary>
    public sealed record OpenRequest(string? Kind, string? Bsn, string? Name, string? Title);

    /// <summary>The opened case and the state of its workflow.</summary>
    public sealed record OpenedCase(string CaseFileId, string InstanceId, WorkflowStatus Status);

    /// <summary>A note's text.</summary>
    public sealed record NoteRequest(string? Text);

    /// <summary>When the ingebrekestelling was received.</summary>
    public sealed record IngebrekestellingRequest(DateOnly? ReceivedOn);

    /// <summary>A clock action: why, on which legal basis, the legal day (default today), and for an extension its term and, under Awb 7:10 lid 4, the ground.</summary>

    public sealed record ClockRequest(string? Reason, string? LegalBasis, DateOnly? On, string? Extension, string? FurtherDelayGround);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Dossiers");
        cases.MapGet("", SearchAsync).WithSummary("Dossiers van mijn team zoeken")
            .WithDescription("Filters: text (part of the case id or title), zaaktype, status (open or closed), mine (only cases I am responsible for). " +
                "Paged on the server: page (from 1), pageSize (1-200). Jurists also find the bezwaar cases of every team. No personal data.");
        cases.MapGet("/kinds", KindsAsync).WithSummary("Wat mijn team kan aannemen: meldingen en aanvragen met hun werkproces")
            .WithDescription("The reference kinds, then every published casework workflow of the municipality's own (drawn in the designer or imported) " +
                "under its definition id. A zaaktype that no team lists in the settings is offered to every team.");
        cases.MapPost("", OpenAsync).WithSummary("Nieuwe melding of aanvraag: opent een dossier en start het werkproces")
            .WithDescription("The kind chooses the zaaktype and the workflow: a reference kind (wmo-melding, jeugd-melding, bijstand-aanvraag) or the " +
                "definition id of any published casework workflow that is not a reference workflow (see /api/cases/kinds). The case belongs to the caller's team. " +
                "Send an Idempotency-Key header to make a retry safe: the same key from the same person opens one case file and answers with it.");
        cases.MapGet("/{id}", GetAsync).WithSummary("Een dossier openen (wordt vastgelegd in de toegangslog)")
            .WithDescription("Timeline, documents, legal clocks, decisions, notes, linked instances and open tasks, with the citizen's personal data. " +
                "Every opening is written to the access log with the reason given in `reason` (default: behandeling).");
        cases.MapPost("/{id}/notes", AddNoteAsync).WithSummary("Notitie toevoegen");
        cases.MapPost("/{id}/clocks/{clock}/suspend", (string id, string clock, ClockRequest request, HttpContext context, IMediator mediator, CancellationToken ct) =>
                ChangeClockAsync(id, clock, "suspend", request, context, mediator, ct))
            .WithSummary("Termijn opschorten (Awb 4:15) met reden en grondslag");
        cases.MapPost("/{id}/clocks/{clock}/resume", (string id, string clock, ClockRequest request, HttpContext context, IMediator mediator, CancellationToken ct) =>
                ChangeClockAsync(id, clock, "resume", request, context, mediator, ct))
            .WithSummary("Opschorting beëindigen");
        cases.MapPost("/{id}/clocks/{clock}/extend", (string id, string clock, ClockRequest request, HttpContext context, IMediator mediator, CancellationToken ct) =>
                ChangeClockAsync(id, clock, "extend", request, context, mediator, ct))
            .WithSummary("Termijn verdagen (Awb 4:14, 7:10) waar de wet dat toestaat")
            .WithDescription("Refused with a 409 problem saying why where the law allows no verdaging (e.g. Wmo 2015 art. 2.3.5) or only one (Awb 7:10 lid 3).");
        cases.MapPost("/{id}/clocks/{clock}/ingebrekestelling", IngebrekestellingAsync)
            .WithSummary("Ingebrekestelling ontvangen (Awb 4:17): de dwangsom en de vaststellingsbeschikking (Awb 4:18) volgen")
            .WithDescription("receivedOn is the day the municipality received it (default today, never in the future). Only for a national beslistermijn " +
                "of the bestuursorgaan that has not been decided; refused with a 409 problem otherwise. The clock's `dwangsom` then shows the first day, " +
                "the amount so far, the last possible day and, once the last day is known, the day the vaststellingsbeschikking is due.");
        cases.MapGet("/{id}/documents/{docId}", DocumentAsync).WithSummary("Document openen of downloaden (wordt vastgelegd in de toegangslog)")
            .WithDescription("download=true sends it as an attachment. Written to the access log with `reason` (default: behandeling).")
            .Produces<string>(StatusCodes.Status200OK, "text/plain", "text/markdown", "text/html", "application/json");
        return api;
    }

    private static async Task<Ok<CaseFilePage>> SearchAsync(HttpContext context, IMediator mediator, string? text = null, string? zaaktype = null,
        string? status = null, bool mine = false, int page = 1, int pageSize = 25, CancellationToken cancellationToken = default)
    {
        CaseFileStatus? parsed = status?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "open" => CaseFileStatus.Open,
            "closed" or "gesloten" => CaseFileStatus.Closed,
            _ => throw new CommandValidationException([new("status", $"Status '{status}' bestaat niet; kies open of closed (unknown status)")]),
        };
        var user = context.User.ToCaseworkUser();
        return TypedResults.Ok(await mediator.Send(new SearchCaseFiles.Query(user, text, zaaktype, parsed, mine ? user.Id : null, page, pageSize), cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<IntakeKind>>> KindsAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetIntakeKinds.Query(context.User.ToCaseworkUser()), cancellationToken));

    private static async Task<Created<OpenedCase>> OpenAsync(OpenRequest request, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new OpenIntake.Command(context.User.ToCaseworkUser(), request.Kind, request.Bsn, request.Name, request.Title,
            IdempotencyKey.Key(context.Request)), cancellationToken);
        return TypedResults.Created($"/api/cases/{result.CaseFileId}", new OpenedCase(result.CaseFileId, result.InstanceId, result.Status));
    }

    private static async Task<Ok<Dossier>> GetAsync(string id, HttpContext context, IMediator mediator, AccessLogWriter accessLog, string? reason = null,
        CancellationToken cancellationToken = default)
    {
        CheckReason(reason);
        var dossier = await mediator.Send(new GetDossier.Query(context.User.ToCaseworkUser(), id), cancellationToken);
        await accessLog.WriteAsync(context, dossier.Id, reason, cancellationToken);
        return TypedResults.Ok(dossier);
    }

    private static async Task<Ok<CaseNote>> AddNoteAsync(string id, NoteRequest request, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AddNote.Command(context.User.ToCaseworkUser(), id, request.Text ?? ""), cancellationToken));

    private static async Task<Ok<ClockView>> IngebrekestellingAsync(string id, string clock, IngebrekestellingRequest request, HttpContext context,
        IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RegisterIngebrekestelling.Command(context.User.ToCaseworkUser(), id, clock, request.ReceivedOn), cancellationToken));

    private static async Task<Ok<ClockView>> ChangeClockAsync(string id, string clock, string action, ClockRequest request, HttpContext context, IMediator mediator,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ChangeClock.Command(context.User.ToCaseworkUser(), id, clock, action, request.Reason, request.LegalBasis,
            request.Extension, request.On, request.FurtherDelayGround), cancellationToken));

    private static async Task<FileContentHttpResult> DocumentAsync(string id, string docId, HttpContext context, IMediator mediator, AccessLogWriter accessLog,
        string? reason = null, bool download = false, CancellationToken cancellationToken = default)
    {
        CheckReason(reason);
        var document = await mediator.Send(new GetCaseDocument.Query(context.User.ToCaseworkUser(), id, docId), cancellationToken);
        await accessLog.WriteAsync(context, id, reason, cancellationToken);
        var bytes = Encoding.UTF8.GetBytes(document.Content);
        var contentType = $"{document.ContentType}; charset=utf-8";
        return download
            ? TypedResults.File(bytes, contentType, FileName(document))
            : TypedResults.File(bytes, contentType);
    }

    private static void CheckReason(string? reason)
    {
        if (reason is { Length: > AccessLogWriter.MaxPurposeLength })
            throw new CommandValidationException([new("reason", $"Reden is langer dan {AccessLogWriter.MaxPurposeLength} tekens (reason too long)")]);
    }

    // A file name from the title, without characters that file systems or headers refuse.
    private static string FileName(CaseDocument document)
    {
        var extension = document.ContentType switch
        {
            "text/markdown" => ".md",
            "text/html" => ".html",
            "application/json" => ".json",
            _ => ".txt",
        };
        var safe = new string(document.Title.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' ? c : '-').ToArray()).Trim();
        return (safe.Length == 0 ? document.Id : safe) + extension;
    }
}
