using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Persistence.Extensions;

namespace RelatieWerkstroom.Web.Hosting;

/// <summary>Composes the engine, the casework and the database stores the way the API uses them.</summary>
public static class EngineServiceExtensions
{
    /// <summary>
    /// Registers the stores on the configured database, Casework (case files, worklist, service steps and MediatR),
    /// the runtime, the definition service and the municipality settings shipped with the host.
    /// </summary>
    public static IServiceCollection AddWerkstroomEngine(this IServiceCollection services)
    {
        var settings = services.GetHostSettings();
        services.AddSingleton(TimeProvider.System);
        services.AddWerkstroom(settings.Persistence);
        services.AddMunicipalitySettings(LoadMunicipality(settings));
        return services;
    }

    // The settings are files that ship with the host; a broken file stops the start with the file's own message.
    private static MunicipalitySettings LoadMunicipality(HostSettings settings) =>
        MunicipalitySettingsLoader.LoadAsync(Path.Combine(settings.WorkflowsFolder, "settings"), settings.Municipality).GetAwaiter().GetResult();
}
