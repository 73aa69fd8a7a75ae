using System.Net.Mime;
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

    /// <summary>Static files, then the SPA fallback; unknown <c>/api</c> paths stay a 404 problem.</summary>
    public static WebApplication MapFrontEnd(this WebApplication app)
    {
        if (app.Services.GetRequiredService<HostSettings>().WebRoot is { } webRoot)
        {
            Directory.CreateDirectory(webRoot);
            app.Environment.WebRootPath = webRoot;
            app.Environment.WebRootFileProvider = new PhysicalFileProvider(webRoot);
        }
        app.UseStaticFiles();
        app.MapFallback((HttpContext context, IWebHostEnvironment environment) =>
        {
            if (context.Request.Path.StartsWithSegments("/api")) return (IResult)TypedResults.NotFound();
            var index = environment.WebRootFileProvider.GetFileInfo("index.html");
            return index.Exists
                ? TypedResults.File(index.CreateReadStream(), MediaTypeNames.Text.Html)
                : TypedResults.Content(PlaceholderPage, MediaTypeNames.Text.Html);
        }).ExcludeFromDescription();
        return app;
    }
}
