using Microsoft.AspNetCore.Http.HttpResults;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Web.Apis;

/// <summary>
/// <c>GET /api/activity-descriptors</c>: every activity type the engine runs, for the designer's palette and property
/// panels, with the published workflows usable as activities (read fresh from the store: another process may have
/// published one).
/// </summary>
public static class ActivityDescriptorsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapActivityDescriptorsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/activity-descriptors", async Task<Ok<IReadOnlyList<ActivityDescriptor>>> (ActivityRegistry registry, IWorkflowDefinitionStore store,
                CancellationToken cancellationToken) =>
            {
                await registry.WorkflowActivities.RefreshAsync(store, cancellationToken);
                return TypedResults.Ok(registry.Descriptors);
            })
            .WithTags("Ontwerpen").WithSummary("Activiteitstypen met invoer, uitvoer en uitkomsten");
        return api;
    }
}
