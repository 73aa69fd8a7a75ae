using System.Collections.Concurrent;
using System.Reflection;
using MediatR;

namespace RelatieWerkstroom.Casework.Steps;

/// <summary>
/// Maps the request names service steps use in definitions to MediatR request types (<c>IRequest&lt;StepResult&gt;</c>).
/// A type is known by its short name (the type name without a trailing <c>Command</c> or <c>Request</c>; for a nested
/// <c>CheckCompleteness.Command</c> that is <c>CheckCompleteness</c>) and by its full name.
/// </summary>
public sealed class StepCatalogue
{
    private readonly ConcurrentDictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, string> _names = new();
    private readonly Lock _lock = new();

    /// <summary>The short names of all known requests, sorted.</summary>
    public IReadOnlyList<string> Names => _names.Values.Order(StringComparer.Ordinal).ToList();

    /// <summary>Whether any request type is known (validation of request names is skipped while it is empty).</summary>
    public bool IsEmpty => _names.IsEmpty;

    /// <summary>Adds every concrete <c>IRequest&lt;StepResult&gt;</c> type of the assemblies.</summary>
    public StepCatalogue AddFromAssemblies(params IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies)
            foreach (var type in assembly.GetTypes())
                if (IsStepRequest(type))
                    Add(type);
        return this;
    }

    /// <summary>Adds one request type; throws when its short name is already taken by another type.</summary>
    public StepCatalogue Add(Type requestType)
    {
        if (!IsStepRequest(requestType))
            throw new ArgumentException($"{requestType.FullName} is not a concrete IRequest<StepResult> type", nameof(requestType));
        lock (_lock)
        {
            if (_names.ContainsKey(requestType)) return this;
            var name = ShortName(requestType);
            if (_byName.TryGetValue(name, out var taken) && taken != requestType)
                throw new InvalidOperationException(
                    $"two service step requests are named '{name}': {taken.FullName} and {requestType.FullName}; rename one of them");
            _byName[name] = requestType;
            if (requestType.FullName is { } fullName)
            {
                _byName[fullName] = requestType;
                _byName[fullName.Replace('+', '.')] = requestType;
            }
            _names[requestType] = name;
        }
        return this;
    }

    /// <summary>Finds the request type for a name used in a definition.</summary>
    public bool TryFind(string name, out Type requestType) => _byName.TryGetValue(name, out requestType!);

    /// <summary>The short name of a known request type, or null.</summary>
    public string? NameOf(Type requestType) => _names.GetValueOrDefault(requestType);

    /// <summary>The short name a request type is known by.</summary>
    public static string ShortName(Type requestType)
    {
        var name = StripSuffix(requestType.Name);
        // A slice nests its request as Command: the outer class carries the name.
        if (name.Length == 0 && requestType.DeclaringType is { } outer) name = StripSuffix(outer.Name);
        return name.Length == 0 ? requestType.Name : name;
    }

    private static string StripSuffix(string name)
    {
        var tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        foreach (var suffix in (ReadOnlySpan<string>)["Command", "Request"])
            if (name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        return name;
    }

    private static bool IsStepRequest(Type type) =>
        type is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false } && typeof(IRequest<StepResult>).IsAssignableFrom(type);
}
