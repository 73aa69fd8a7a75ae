using Microsoft.AspNetCore.Http.HttpResults;
using RelatieWerkstroom.Engine.Activities;

namespace RelatieWerkstroom.Web.Apis;

/// <summary><c>GET /api/activity-descriptors</c>: every activity type the engine runs, for the designer's palette and property panels.</summary>
public static class ActivityDescriptorsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapActivityDescriptorsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/activity-descriptors", (ActivityRegistry registry) => TypedResults.Ok(registry.Descriptors))
            .WithTags("Ontwerpen").WithSummary("Activiteitstypen met invoer, uitvoer en uitkomsten");
        return api;
    }
}
