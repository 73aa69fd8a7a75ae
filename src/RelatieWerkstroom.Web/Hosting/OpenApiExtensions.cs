using Scalar.AspNetCore;

namespace RelatieWerkstroom.Web.Hosting;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> (the SPA's client is generated from it) and its browsable UI at <c>/scalar</c>.</summary>
public static class OpenApiExtensions
{
    /// <summary>Registers the document generator.</summary>
    public static IServiceCollection AddWerkstroomOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "RelatieWerkstroom API";
            document.Info.Description = "REST API voor werkvoorraad, dossiers, werkprocessen en frictierapporten (RFC 9457 problem details bij fouten).";
            // The address depends on where the host runs; the committed copy of the document must not.
            document.Servers = [];
            return Task.CompletedTask;
        }));

    /// <summary>Maps the document and the API reference page.</summary>
    public static WebApplication MapWerkstroomOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("RelatieWerkstroom API"));
        return app;
    }
}
