using RelatieWerkstroom.Web.Security;

namespace RelatieWerkstroom.Web.Apis;

/// <summary>Maps every area of the API under <c>/api</c>, with the authorisation of <see cref="ApiPolicy"/>.</summary>
public static class ApiMapping
{
    /// <summary>Registers what the endpoints share beyond Casework and the engine.</summary>
    public static IServiceCollection AddWerkstroomApi(this IServiceCollection services) =>
        services.AddScoped<AlreadyHandled>().AddSingleton<WhatIf.WhatIfSimulation>();

    /// <summary>Maps the API.</summary>
    public static WebApplication MapWerkstroomApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithApiPolicy().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapAuthApi();
        api.MapActivityDescriptorsApi();
        api.MapStepCatalogueApi();
        api.MapLegalTermsApi();
        api.MapDefinitionsApi();
        api.MapInstancesApi();
        api.MapWorklistApi();
        api.MapTasksApi();
        api.MapDiscretionApi();
        api.MapCasesApi();
        api.MapAccessLogApi();
        api.MapReportsApi();
        return app;
    }
}
