using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Persistence.Extensions;

/// <summary>
/// The one composition of the engine on a database that every host uses (web host, command line): the stores, case files
/// with their burst participant, Casework with MediatR and its step catalogue, and the runtime over the wrapped instance store.
/// The registrations depend on their order; keeping them here means no host can get it wrong or leave a part out.
/// </summary>
public static class WerkstroomServiceExtensions
{
    /// <summary>
    /// Registers everything a host needs to validate, store and run workflows with their case files on <paramref name="options"/>.
    /// Register a <see cref="TimeProvider"/> first to run on another clock (the system clock otherwise); settings other than
    /// <c>MunicipalitySettings.Default</c> go in with <c>AddMunicipalitySettings</c>, before or after.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">Which database.</param>
    /// <param name="workflowOutput">Where WriteLine activities write (nothing when null).</param>
    public static IServiceCollection AddWerkstroom(this IServiceCollection services, PersistenceOptions options, TextWriter? workflowOutput = null)
    {
        services.AddPersistence(options);
        services.AddCaseworkPersistence();
        services.AddCaseFiles();
        services.AddCasework();
        services.AddSingleton(sp => new WorkflowRuntime(
            sp.GetRequiredService<ActivityRegistry>(), sp.GetRequiredService<IWorkflowDefinitionStore>(),
            sp.GetRequiredService<IWorkflowInstanceStore>(), sp, sp.GetRequiredService<TimeProvider>(), workflowOutput ?? TextWriter.Null));
        return services;
    }
}
