using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace RelatieWerkstroom.Web.Problems;

/// <summary>Every error of the API is a problem document: refusals, bad JSON, unknown routes, missing sign-in.</summary>
public static class ProblemServiceExtensions
{
    /// <summary>The largest request body the API reads (a workflow definition of several thousand activities fits).</summary>
    public const long MaxRequestBodyBytes = 4 * 1024 * 1024;

    /// <summary>Registers problem details, the exception mapping and the request size limit.</summary>
    public static IServiceCollection AddWerkstroomProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Instance ??= context.HttpContext.Request.Path;
            // Status-code problems (no exception) get a Dutch-first title and, for a refusal, the roles that may.
            if (context.Exception is null && TitleOf(problem.Status) is { } title
                && (problem.Title is null || problem.Title == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(problem.Status ?? 0)))
            {
                problem.Title = title;
                problem.Detail ??= DetailOf(context.HttpContext, problem.Status);
            }
            ProblemLanguage.Apply(problem, ProblemLanguage.WantsEnglish(context.HttpContext.Request));
        });
        services.AddExceptionHandler<ExceptionProblems>();
        // Unreadable JSON and missing parameters reach ExceptionProblems with the reason instead of an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            // Numbers are numbers: the web default also reads "5" as 5, which makes every number in the OpenAPI document
            // (and so in the SPA's generated types) "integer or string".
            json.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        return services;
    }

    /// <summary>Exception handler and status-code problems (401, 403, 404, 405, 413, 415) for every request.</summary>
    public static WebApplication UseWerkstroomProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The test server ignores Kestrel's limit; this applies it to every server.
        app.Use((context, next) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxRequestBodyBytes;
            if (context.Request.ContentLength > MaxRequestBodyBytes)
                throw new BadHttpRequestException($"Het verzoek is groter dan {MaxRequestBodyBytes / 1024 / 1024} MB (request body too large)", StatusCodes.Status413PayloadTooLarge);
            return next(context);
        });
        return app;
    }

    private static string? DetailOf(HttpContext context, int? status)
    {
        var roles = context.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
            .Select(a => a.Roles).FirstOrDefault(r => !string.IsNullOrEmpty(r));
        return status switch
        {
            StatusCodes.Status401Unauthorized => "Meld u eerst aan via POST /api/auth/login (sign in first)",
            StatusCodes.Status403Forbidden when roles is not null => $"Dit vraagt een van de rollen {roles.Replace(",", ", ")} (requires one of these roles)",
            StatusCodes.Status404NotFound => $"Er is niets op {context.Request.Path} (nothing at this address)",
            _ => null,
        };
    }

    private static string? TitleOf(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Niet aangemeld (sign in first)",
        StatusCodes.Status403Forbidden => "Geen toegang (forbidden)",
        StatusCodes.Status404NotFound => "Niet gevonden (not found)",
        StatusCodes.Status405MethodNotAllowed => "Methode niet toegestaan (method not allowed)",
        StatusCodes.Status413PayloadTooLarge => "Verzoek te groot (request too large)",
        StatusCodes.Status415UnsupportedMediaType => "Verkeerd formaat; stuur JSON (send JSON)",
        _ => null,
    };
}
