using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Web.Problems;

/// <summary>
/// Turns the refusals of Casework and the engine into RFC 9457 problem documents. Each of them is thrown before
/// anything was stored, so the answer can say "nothing changed" truthfully. So is a database error: a burst, a claim and
/// a clock action are each stored in one transaction (tested per action in CrashDisciplineTests); it is a 503 that says
/// to try again, logged with its exception, and shows no database message.
/// </summary>
public sealed class ExceptionProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null) return false;
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The problem for a known refusal, or null for an unexpected exception (a 500 without details).</summary>
    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        RelatieWerkstroom.Reports.Privacy.ExportRefusedException refused => Problem(StatusCodes.Status409Conflict, "Export geweigerd (export refused)", refused.Message),
        CommandValidationException invalid => Invalid(invalid.Problems.Select(p => (p.Property, p.Message))),
        CaseworkRefusedException { Kind: RefusalKind.NotFound } refused => Problem(StatusCodes.Status404NotFound, "Niet gevonden (not found)", refused.Message),
        CaseworkRefusedException { Kind: RefusalKind.Forbidden } refused => Problem(StatusCodes.Status403Forbidden, "Geen toegang (forbidden)", refused.Message),
        CaseworkRefusedException refused => Problem(StatusCodes.Status409Conflict, "Conflict", refused.Message),
        ResumeRejectedException rejected => Problem(StatusCodes.Status400BadRequest, "Niet geaccepteerd (rejected)", rejected.Message),
        BookmarkConflictException conflict => Problem(StatusCodes.Status409Conflict, "Al afgehandeld (already handled)", conflict.Message),
        BookmarkNotFoundException missing => Problem(StatusCodes.Status404NotFound, "Niet gevonden (not found)", missing.Message),
        WorkflowNotFoundException missing => Problem(StatusCodes.Status404NotFound, "Niet gevonden (not found)", missing.Message),
        ConcurrencyConflictException conflict => Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message),
        DefinitionValidationException invalid => WithProblems(Invalid(invalid.Problems.Select(p => (ProblemPath(p.Problem), p.Problem.Message))),
            invalid.Problems.Select(p => p.Problem)),
        DefinitionFormatException format => WithProblems(Invalid([(format.Path, format.Problem)]), [format.ToProblem()]),
        BadHttpRequestException bad => Problem(bad.StatusCode, "Ongeldig verzoek; er is niets gewijzigd (bad request; nothing was changed)",
            bad.InnerException is System.Text.Json.JsonException json ? $"{bad.Message} {json.Message}" : bad.Message),
        _ when StorageFailure(exception) => Problem(StatusCodes.Status503ServiceUnavailable,
            "Opslaan is niet gelukt; er is niets gewijzigd (storing failed; nothing was changed)",
            "De database kon dit nu niet vastleggen. Probeer het opnieuw; met dezelfde Idempotency-Key gebeurt het hoogstens één keer. " +
            "Blijft het misgaan, geef dan het traceId van deze melding aan de beheerder. (The database could not store this now. Try again; " +
            "with the same Idempotency-Key it happens at most once. If it keeps failing, give this problem's traceId to the administrator.)"),
        _ => null,
    };

    /// <summary>
    /// Whether a database error (or one wrapped by the engine's "nothing of the step was stored") caused the exception.
    /// Its message is not shown: a database message can quote the values of a row.
    /// </summary>
    public static bool StorageFailure(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException) return true;
        return false;
    }

    /// <summary>Where a definition problem is: <c>ACTIVITY_ID:PATH</c>, or the path alone.</summary>
    public static string ProblemPath(ValidationProblem problem) =>
        problem.ActivityId is { } activity ? $"{activity}:{problem.Path}" : problem.Path;

    /// <summary>A 400 problem listing what is wrong per field.</summary>
    public static ValidationProblemDetails Invalid(IEnumerable<(string Field, string Message)> errors) =>
        new(errors.GroupBy(e => e.Field, e => e.Message).ToDictionary(g => g.Key, g => g.ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Ongeldige invoer; er is niets gewijzigd (invalid input; nothing was changed)",
        };

    /// <summary>
    /// A refused definition's problems in full (<c>problems</c>: activity, path, code, parameters, message, severity) beside
    /// <c>errors</c>, so the designer can say each in the user's language as it does for validation.
    /// </summary>
    private static ValidationProblemDetails WithProblems(ValidationProblemDetails details, IEnumerable<ValidationProblem> problems)
    {
        details.Extensions["problems"] = problems.ToList();
        return details;
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };
}
