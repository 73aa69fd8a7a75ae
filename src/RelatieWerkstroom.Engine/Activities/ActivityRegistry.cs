using System.Reflection;
using RelatieWerkstroom.Engine.Activities.WorkflowAsActivity;
using RelatieWerkstroom.Engine.Descriptors;

namespace RelatieWerkstroom.Engine.Activities;

/// <summary>The activity types the engine can run, by type name, with their descriptors.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, (Type Type, ActivityDescriptor Descriptor)> _types;
    private readonly Dictionary<Type, object> _bindingServices;

    /// <summary>An empty registry.</summary>
    public ActivityRegistry()
    {
        _types = new(StringComparer.Ordinal);
        _bindingServices = [];
        WorkflowActivities = new WorkflowActivityCatalog();
    }

    private ActivityRegistry(ActivityRegistry other, WorkflowActivityCatalog workflowActivities)
    {
        _types = other._types;
        _bindingServices = other._bindingServices;
        WorkflowActivities = workflowActivities;
    }

    /// <summary>Published workflows usable as activities: activity types of their own, beside the registered classes.</summary>
    public WorkflowActivityCatalog WorkflowActivities { get; }

    /// <summary>
    /// The same registry seeing other workflow activities (to validate definitions published together, such as a parent
    /// and the child it uses, before either is stored).
    /// </summary>
    public ActivityRegistry WithWorkflowActivities(WorkflowActivityCatalog workflowActivities) => new(this, workflowActivities);

    /// <summary>Registers an activity class.</summary>
    public ActivityRegistry Add<T>() where T : Activity, new() => Add(typeof(T));

    /// <summary>Registers an activity class by type.</summary>
    public ActivityRegistry Add(Type type)
    {
        if (!typeof(Activity).IsAssignableFrom(type) || type.IsAbstract)
            throw new ArgumentException($"{type.Name} is not a concrete activity type", nameof(type));
        var descriptor = ActivityDescriber.Describe(type);
        _types[descriptor.TypeName] = (type, descriptor);
        return this;
    }

    /// <summary>Registers every concrete activity class with an <see cref="ActivityAttribute"/> in an assembly.</summary>
    public ActivityRegistry AddFromAssembly(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
            if (!type.IsAbstract && typeof(Activity).IsAssignableFrom(type) && type.GetCustomAttribute<ActivityAttribute>() is not null)
                Add(type);
        return this;
    }

    /// <summary>Finds a registered type.</summary>
    public bool TryGet(string typeName, out Type type, out ActivityDescriptor descriptor)
    {
        if (_types.TryGetValue(typeName, out var entry))
        {
            (type, descriptor) = entry;
            return true;
        }
        type = null!;
        descriptor = null!;
        return false;
    }

    /// <summary>
    /// Gives activities a service while definitions are bound (<see cref="ActivityBinder.GetService{T}"/>), such as the
    /// catalogue of service-step requests to check names against. Activities are bound without dependency injection, so
    /// what validation depends on travels with the registry: every host that uses this registry validates alike.
    /// </summary>
    public ActivityRegistry WithBindingService<T>(T service) where T : class
    {
        _bindingServices[typeof(T)] = service;
        return this;
    }

    /// <summary>A service given with <see cref="WithBindingService{T}"/>, or null.</summary>
    public T? BindingService<T>() where T : class => _bindingServices.GetValueOrDefault(typeof(T)) as T;

    /// <summary>All descriptors (the registered classes and the workflow activities), ordered by category and name.</summary>
    public IReadOnlyList<ActivityDescriptor> Descriptors =>
        _types.Values.Select(v => v.Descriptor)
            .Concat(WorkflowActivities.Types.Where(t => !_types.ContainsKey(t.TypeName)).Select(t => t.Descriptor))
            .OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.TypeName, StringComparer.Ordinal).ToList();

    /// <summary>A registry with the Elsa core vocabulary.</summary>
    public static ActivityRegistry CreateWithCoreActivities() => new ActivityRegistry().AddFromAssembly(typeof(ActivityRegistry).Assembly);
}
