using System.Net.Mime;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.FileProviders;

namespace RelatieWerkstroom.Web.Hosting;

/// <summary>
/// Serves the built front-end from <c>wwwroot</c>: static files, and <c>index.html</c> for every other path outside
/// <c>/api</c> (the SPA routes itself). Before the screens are built there, a short page says so and links the API UI.
/// </summary>
public static class FrontEnd
{
    /// <summary>Shown while wwwroot has no index.html; no scripts, so the content security policy holds.</summary>
    public const string PlaceholderPage = """
        <!doctype html>
        <html lang="nl">
        <head><meta charset="utf-8"><title>RelatieWerkstroom</title></head>
        <body>
        <main>
        <h1>RelatieWerkstroom</h1>
        <p>De schermen voor consulenten, ontwerpers en auditors komen eraan. Tot dan kunt u de API gebruiken.</p>
        <p lang="en">The screens for caseworkers, designers and auditors are coming. Until then, use the API.</p>
        <p><a href="/scalar">API-documentatie en proberen (Scalar)</a> · <a href="/openapi/v1.json">OpenAPI-document</a></p>
        </main>
        </body>
        </html>
        """;

    /// <summary>Static files, then the SPA fallback outside <c>/api</c>; unknown <c>/api</c> paths stay a 404 problem.</summary>
    public static WebApplication MapFrontEnd(this WebApplication app)
    {
        if (app.Services.GetRequiredService<HostSettings>().WebRoot is { } webRoot)
        {
            Directory.CreateDirectory(webRoot);
            app.Environment.WebRootPath = webRoot;
            app.Environment.WebRootFileProvider = new PhysicalFileProvider(webRoot);
        }
        app.UseStaticFiles();
        // Not for /api: there routing itself answers an unknown path (404), a wrong method (405) or a body that is not
        // JSON (415), each as a problem document.
        var outsideApi = RoutePatternFactory.Parse("{*path:nonfile}", defaults: null, parameterPolicies: new { path = new OutsideApi() });
        app.Map(outsideApi, (IWebHostEnvironment environment) =>
        {
            var index = environment.WebRootFileProvider.GetFileInfo("index.html");
            return index.Exists
                ? (IResult)TypedResults.File(index.CreateReadStream(), MediaTypeNames.Text.Html)
                : TypedResults.Content(PlaceholderPage, MediaTypeNames.Text.Html);
        })
            // GET and HEAD only: a screen is never posted to, and routing keeps 405 and 415 for the API's own paths.
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .ExcludeFromDescription()
            .Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = int.MaxValue);
        return app;
    }

    // Matches every path except /api and what lies below it.
    private sealed class OutsideApi : IRouteConstraint
    {
        public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
            !(values.TryGetValue(routeKey, out var value) && value?.ToString() is { } path
              && (path.Equals("api", StringComparison.OrdinalIgnoreCase) || path.StartsWith("api/", StringComparison.OrdinalIgnoreCase)));
    }
}
