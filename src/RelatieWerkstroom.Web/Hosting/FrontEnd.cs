using System.IO.Compression;
using System.Net.Mime;
using Microsoft.AspNetCore.ResponseCompression;
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

    /// <summary>Where Vite puts the built scripts and styles, each under a name that changes with its content.</summary>
    public const string AssetsPath = "/assets";

    /// <summary>Compression for the built scripts and styles (Program.cs).</summary>
    public static IServiceCollection AddWerkstroomFrontEnd(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Only static assets pass through the compressor (see MapFrontEnd), so no response that carries a secret
            // next to what a visitor typed is compressed (BREACH); HTTPS is then safe to include.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Fastest: the script is compressed on each first request of a browser; smallest-size brotli costs ~1 s a time.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Static files, then the SPA fallback outside <c>/api</c>; unknown <c>/api</c> paths stay a 404 problem.</summary>
    public static WebApplication MapFrontEnd(this WebApplication app)
    {
        if (app.Services.GetRequiredService<HostSettings>().WebRoot is { } webRoot)
        {
            Directory.CreateDirectory(webRoot);
            app.Environment.WebRootPath = webRoot;
            app.Environment.WebRootFileProvider = new PhysicalFileProvider(webRoot);
        }
        // The app's ~1 MB script and ~0.6 MB of styles go compressed (a fifth of that on the wire) and, since their names
        // change with their content, are cached for a year without asking again; index.html is asked for every time, so
        // a new release is picked up at the next page load.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(AssetsPath), assets => assets.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                if (file.Context.Request.Path.StartsWithSegments(AssetsPath))
                    file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                else if (file.File.Name == "index.html")
                    file.Context.Response.Headers.CacheControl = "no-cache";
            },
        });
        // Not for /api: there routing itself answers an unknown path (404), a wrong method (405) or a body that is not
        // JSON (415), each as a problem document.
        var outsideApi = RoutePatternFactory.Parse("{*path:nonfile}", defaults: null, parameterPolicies: new { path = new OutsideApi() });
        app.Map(outsideApi, (IWebHostEnvironment environment, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
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
