namespace RelatieWerkstroom.Engine.Descriptors;

/// <summary>What the designer and validation know about an activity type.</summary>
public sealed record ActivityDescriptor(
    string TypeName,
    string Category,
    string DisplayName,
    string? Description,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<string> Outcomes,
    bool DynamicOutcomes,
    bool Blocking,
    bool Terminal);

/// <summary>One input of an activity type.</summary>
public sealed record InputDescriptor(
    string Name,
    string TypeName,
    string DisplayName,
    string? Description,
    string UIHint,
    bool Required,
    object? DefaultValue,
    IReadOnlyList<string>? Options,
    bool SupportsExpressions);

/// <summary>One output of an activity type.</summary>
public sealed record OutputDescriptor(string Name, string TypeName, string? Description);
