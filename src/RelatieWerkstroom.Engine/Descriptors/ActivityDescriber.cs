using System.Reflection;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Expressions;

namespace RelatieWerkstroom.Engine.Descriptors;

/// <summary>Derives descriptors from an activity class's attributes, so they are never written by hand.</summary>
public static class ActivityDescriber
{
    /// <summary>Describes an activity class; throws when it lacks an <see cref="ActivityAttribute"/>.</summary>
    public static ActivityDescriptor Describe(Type type)
    {
        var activity = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new InvalidOperationException($"{type.Name} has no [Activity] attribute");
        var inputs = new List<InputDescriptor>();
        var outputs = new List<OutputDescriptor>();
        foreach (var property in InputProperties(type))
        {
            var attr = property.GetCustomAttribute<InputAttribute>()!;
            inputs.Add(new InputDescriptor(
                InputName(property), FriendlyTypeName(InputValueType(property.PropertyType)),
                attr.DisplayName ?? SplitWords(property.Name), attr.Description, attr.UIHint, attr.Required,
                attr.DefaultValue, attr.Options, attr.SupportsExpressions));
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (property.GetCustomAttribute<OutputAttribute>() is { } output)
                outputs.Add(new OutputDescriptor(InputName(property), FriendlyTypeName(InputValueType(property.PropertyType)), output.Description));

        var flowNode = type.GetCustomAttribute<FlowNodeAttribute>(inherit: true);
        var dynamicOutcomes = typeof(IDynamicOutcomes).IsAssignableFrom(type);
        var terminal = typeof(ITerminalActivity).IsAssignableFrom(type);
        var outcomes = flowNode?.Outcomes ?? (terminal ? [] : ["Done"]);
        return new ActivityDescriptor(activity.TypeName, activity.Category, activity.DisplayName, activity.Description,
            inputs, outputs, outcomes, dynamicOutcomes, activity.Blocking, terminal);
    }

    /// <summary>The properties of an activity type that are inputs, in declaration order (base class first).</summary>
    public static IEnumerable<PropertyInfo> InputProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<InputAttribute>() is not null)
            .OrderBy(p => p.DeclaringType == type ? 1 : 0)
            .ThenBy(p => p.MetadataToken);

    /// <summary>The JSON name of an input property (camelCase).</summary>
    public static string InputName(PropertyInfo property) => char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    /// <summary>The value type behind <c>Input&lt;T&gt;</c>.</summary>
    public static Type InputValueType(Type propertyType) =>
        propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(Input<>)
            ? propertyType.GetGenericArguments()[0]
            : propertyType;

    /// <summary>Elsa-style type names (String, Int32, TimeSpan, Object, String[] …).</summary>
    public static string FriendlyTypeName(Type type) => type switch
    {
        _ when type == typeof(object) || type == typeof(System.Text.Json.Nodes.JsonNode) => "Object",
        _ when type.IsArray => FriendlyTypeName(type.GetElementType()!) + "[]",
        _ when Nullable.GetUnderlyingType(type) is { } inner => FriendlyTypeName(inner),
        _ => type.Name,
    };

    private static string SplitWords(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
