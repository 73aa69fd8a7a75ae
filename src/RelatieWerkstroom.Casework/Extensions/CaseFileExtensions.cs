using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Ids;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Extensions;

/// <summary>Registers case files, subjects, outbox, settings, the worklist slices and the burst sessions that connect activities to case files.</summary>
public static class CaseFileExtensions
{
    private static readonly string[] SliceNamespaces = ["RelatieWerkstroom.Casework.CaseFiles", "RelatieWerkstroom.Casework.Worklist"];

    /// <summary>
    /// Adds the case-file services. In-memory stores and <see cref="MunicipalitySettings.Default"/> are added only when
    /// nothing else is registered for them (Persistence and the host register theirs before or after).
    /// An <see cref="IWorkflowInstanceStore"/> registered before this call is wrapped in a <see cref="CaseworkInstanceStore"/>
    /// so that case-file changes made by activities are stored with their burst; register the engine store first.
    /// The host registers <see cref="Engine.Runtime.WorkflowRuntime"/> over that wrapped store, with the service provider
    /// as its services, and MediatR (<c>AddCasework()</c>).
    /// </summary>
    public static IServiceCollection AddCaseFiles(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMunicipalitySettings>(MunicipalitySettings.Default);
        services.TryAddSingleton<ICaseFileStore, InMemoryCaseFileStore>();
        services.TryAddSingleton<ICaseSubjectStore, InMemoryCaseSubjectStore>();
        services.TryAddSingleton<IOutbox, InMemoryOutbox>();
        services.TryAddSingleton<IIdGenerator>(RandomIdGenerator.Instance);
        services.TryAddSingleton<SubjectRegistry>();
        services.TryAddSingleton(sp => new CaseFileSessions(sp.GetRequiredService<ICaseFileStore>(), sp.GetRequiredService<IOutbox>()));
        // The database registers its own reader (a worklist table paged in the query) before this call.
        services.TryAddSingleton<IWorklistReader, StoreWorklistReader>();
        WrapInstanceStore(services);

        foreach (var type in typeof(CaseFileExtensions).Assembly.GetTypes())
        {
            if (type.IsAbstract || type.IsInterface || !SliceNamespaces.Contains(type.Namespace)) continue;
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IRequestHandler<,>) || definition == typeof(ICommandValidator<>))
                    services.TryAddTransient(contract, type);
            }
        }
        return services;
    }

    /// <summary>Registers <paramref name="settings"/> (e.g. from <see cref="MunicipalitySettingsLoader"/>) as the municipality settings, replacing any earlier ones.</summary>
    public static IServiceCollection AddMunicipalitySettings(this IServiceCollection services, MunicipalitySettings settings)
    {
        services.RemoveAll<IMunicipalitySettings>();
        services.AddSingleton<IMunicipalitySettings>(settings);
        return services;
    }

    private static void WrapInstanceStore(IServiceCollection services)
    {
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(IWorkflowInstanceStore) && !d.IsKeyedService);
        if (existing is null || existing.ImplementationType == typeof(CaseworkInstanceStore)
            || existing.ImplementationInstance is CaseworkInstanceStore) return;
        services.Remove(existing);
        services.Add(new ServiceDescriptor(typeof(IWorkflowInstanceStore), sp =>
        {
            var inner = existing.ImplementationInstance as IWorkflowInstanceStore
                ?? existing.ImplementationFactory?.Invoke(sp) as IWorkflowInstanceStore
                ?? (IWorkflowInstanceStore)ActivatorUtilities.CreateInstance(sp, existing.ImplementationType!);
            return inner as CaseworkInstanceStore ?? new CaseworkInstanceStore(inner, sp.GetRequiredService<CaseFileSessions>());
        }, existing.Lifetime));
    }
}
