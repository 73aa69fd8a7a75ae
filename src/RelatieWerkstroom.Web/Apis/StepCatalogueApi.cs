using Microsoft.AspNetCore.Http.HttpResults;
using RelatieWerkstroom.Casework.Steps;

namespace RelatieWerkstroom.Web.Apis;

/// <summary><c>GET /api/step-catalogue</c>: the service-step requests the host can carry out, for the designer's picker.</summary>
public static class StepCatalogueApi
{
    /// <summary>One request a ServiceStep may name.</summary>
    public sealed record StepCatalogueEntry(string Name);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapStepCatalogueApi(this RouteGroupBuilder api)
    {
        api.MapGet("/step-catalogue", (IServiceProvider services) =>
                TypedResults.Ok(services.GetRequiredService<StepCatalogue>().Names.Select(n => new StepCatalogueEntry(n)).ToList()))
            .WithTags("Ontwerpen").WithSummary("Dienststappen (verzoeken) die de server kan uitvoeren");
        return api;
    }
}
