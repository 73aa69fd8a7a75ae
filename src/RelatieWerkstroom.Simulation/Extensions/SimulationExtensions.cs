using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Ids;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Simulation.Extensions;

/// <summary>Registers what a simulation puts in place of the real world: its clock, seeded ids and its in-memory stores.</summary>
public static class SimulationExtensions
{
    /// <summary>
    /// Registers the virtual <paramref name="clock"/>, the seeded <paramref name="ids"/>, the simulation's instance store
    /// <paramref name="instances"/> (which reports opened bookmarks and hands journal entries on), an in-memory definition
    /// store, <see cref="SimulationCaseFileStore"/> and <see cref="SimulationOutbox"/>. Casework's own registration then
    /// composes the rest over them, exactly as in a host with a database.
    /// </summary>
    public static IServiceCollection AddSimulatedWorld(this IServiceCollection services, SimulationClock clock, IIdGenerator ids, SimulationInstanceStore instances)
    {
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(ids);
        services.AddSingleton<InMemoryWorkflowDefinitionStore>();
        services.AddSingleton<IWorkflowDefinitionStore>(sp => sp.GetRequiredService<InMemoryWorkflowDefinitionStore>());
        services.AddSingleton<IWorkflowInstanceStore>(instances);
        services.AddSingleton<ICaseFileStore, SimulationCaseFileStore>();
        services.AddSingleton<IOutbox, SimulationOutbox>();
        return services;
    }
}
