using System.Reflection;
using RelatieWerkstroom.Casework.Steps;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Casework.Activities;

/// <summary>The activity registry of every host that runs casework: the same registry, so definitions validate alike everywhere.</summary>
public static class CaseworkActivities
{
    /// <summary>
    /// The Elsa core activities, the Casework activities (HumanTask, DiscretionPoint, LegalClock, ServiceStep, …) and the
    /// step catalogue that ServiceStep checks request names against: the service steps of Casework and of
    /// <paramref name="handlerAssemblies"/>, unless a <paramref name="catalogue"/> is given.
    /// </summary>
    public static ActivityRegistry CreateRegistry(StepCatalogue? catalogue = null, params Assembly[] handlerAssemblies) =>
        ActivityRegistry.CreateWithCoreActivities()
            .AddFromAssembly(typeof(CaseworkActivities).Assembly)
            .WithBindingService(catalogue ?? CreateCatalogue(handlerAssemblies));

    /// <summary>The service-step requests of Casework and of <paramref name="handlerAssemblies"/>.</summary>
    public static StepCatalogue CreateCatalogue(params Assembly[] handlerAssemblies) =>
        new StepCatalogue().AddFromAssemblies([typeof(CaseworkActivities).Assembly, .. handlerAssemblies.Where(a => a != typeof(CaseworkActivities).Assembly).Distinct()]);

    /// <summary>The prefix of every Casework activity type name (<c>RelatieWerkstroom.HumanTask</c>, …).</summary>
    public const string TypeNamePrefix = "RelatieWerkstroom.";

    /// <summary>
    /// Whether <paramref name="definition"/> uses a Casework activity: those work on the case file of their instance, so the
    /// workflow must be started for a case file (OpenCaseFile) rather than on its own.
    /// </summary>
    public static bool NeedCaseFile(WorkflowDefinition definition) =>
        definition.Activities.Any(a => a.Type.StartsWith(TypeNamePrefix, StringComparison.Ordinal));
}
