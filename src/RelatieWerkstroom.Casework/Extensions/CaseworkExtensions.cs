using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RelatieWerkstroom.Casework.Behaviors;
using RelatieWerkstroom.Casework.Providers;
using RelatieWerkstroom.Casework.Registers;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Steps;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Casework.Extensions;

/// <summary>Registers Casework: MediatR, the service step handlers, their boundaries (registers, aanbieders) and the step catalogue.</summary>
public static class CaseworkExtensions
{
    /// <summary>
    /// Registers MediatR (5.1.0, without its DI package), the service step handlers of the Casework assembly (its case-file
    /// and worklist slices come with <c>AddCaseFiles()</c>), every request handler in <paramref name="handlerAssemblies"/>,
    /// the step journal behaviour, the step catalogue, and the activity registry, definition validator and definition service that
    /// check definitions against that same catalogue (<see cref="CaseworkActivities"/>). The handlers'
    /// boundaries get in-process stand-ins unless the host registered real ones first: <see cref="IRegisterLookup"/>
    /// (<see cref="SimulatedRegisterLookup"/>) and <see cref="IProviderDirectory"/> (<see cref="FictitiousProviderDirectory"/>).
    /// </summary>
    public static IServiceCollection AddCasework(this IServiceCollection services, params Assembly[] handlerAssemblies)
    {
        Assembly[] assemblies = [typeof(CaseworkExtensions).Assembly, .. handlerAssemblies.Where(a => a != typeof(CaseworkExtensions).Assembly).Distinct()];

        // Transient, so that a mediator resolved inside a scope resolves its handlers from that scope.
        services.AddTransient<ServiceFactory>(provider => provider.GetService);
        services.AddTransient<IMediator, Mediator>();
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(StepJournalBehavior<,>));
        services.TryAddSingleton<IRegisterLookup, SimulatedRegisterLookup>();
        services.TryAddSingleton<IProviderDirectory, FictitiousProviderDirectory>();
        foreach (var (service, implementation) in RequestHandlers(assemblies))
        {
            // The case-file and worklist slices of this assembly are AddCaseFiles()'s; here only its service step handlers.
            if (implementation.Assembly == typeof(CaseworkExtensions).Assembly && service.GetGenericArguments()[1] != typeof(StepResult)) continue;
            services.AddTransient(service, implementation);
        }

        // One catalogue for running the steps and for validating definitions: it travels with the activity registry.
        var catalogue = CaseworkActivities.CreateCatalogue(assemblies);
        services.AddSingleton(catalogue);
        services.TryAddSingleton(_ => CaseworkActivities.CreateRegistry(catalogue));
        services.TryAddSingleton(sp => new DefinitionValidator(sp.GetRequiredService<ActivityRegistry>()));
        services.TryAddSingleton(sp => new DefinitionService(sp.GetRequiredService<IWorkflowDefinitionStore>(), sp.GetRequiredService<DefinitionValidator>()));
        return services;
    }

    private static IEnumerable<(Type Service, Type Implementation)> RequestHandlers(IEnumerable<Assembly> assemblies) =>
        from assembly in assemblies
        from type in assembly.GetTypes()
        where type is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false }
        from service in type.GetInterfaces()
        where service.IsGenericType && service.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
        select (service, type);
}
