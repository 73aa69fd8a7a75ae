using Microsoft.AspNetCore.Antiforgery;

namespace RelatieWerkstroom.Web.Security;

/// <summary>
/// Antiforgery for the SPA: the host keeps a JS-readable <c>XSRF-TOKEN</c> cookie up to date, and every POST, PUT,
/// PATCH and DELETE under <c>/api</c> must send its value in the <c>X-XSRF-TOKEN</c> header.
/// </summary>
public static class Antiforgery
{
    /// <summary>The cookie the SPA reads the request token from.</summary>
    public const string CookieName = "XSRF-TOKEN";

    /// <summary>The header the SPA sends it back in.</summary>
    public const string HeaderName = "X-XSRF-TOKEN";

    /// <summary>Registers antiforgery with the header name above and a strict, HTTP-only cookie for its own half.</summary>
    public static IServiceCollection AddWerkstroomAntiforgery(this IServiceCollection services) =>
        services.AddAntiforgery(options =>
        {
            options.HeaderName = HeaderName;
            options.Cookie.Name = "werkstroom.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

    /// <summary>Refuses unsafe API requests without a valid token; hands out a fresh token on every safe request.</summary>
    public static WebApplication UseWerkstroomAntiforgery(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                IssueToken(context);
            }
            else if (context.Request.Path.StartsWithSegments("/api") && !await antiforgery.IsRequestValidAsync(context))
            {
                throw new BadHttpRequestException(
                    $"Beveiligingstoken ontbreekt of klopt niet; stuur de waarde van cookie {CookieName} mee in header {HeaderName} (antiforgery token missing or invalid)",
                    StatusCodes.Status400BadRequest);
            }
            await next(context);
        });
        return app;
    }

    /// <summary>Writes a request token for the current user into the <c>XSRF-TOKEN</c> cookie (call again after sign-in and sign-out).</summary>
    public static void IssueToken(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        context.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false, // the SPA reads it
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }
}
