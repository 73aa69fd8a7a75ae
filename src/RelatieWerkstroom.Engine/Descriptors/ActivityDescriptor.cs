namespace RelatieWerkstroom.Engine.Descriptors;

/// <summary>
/// What the designer and validation know about an activity type. <c>Workflow</c> is set for a published workflow
/// usable as an activity (Elsa's WorkflowDefinitionActivity): which one, for the node the palette adds.
/// </summary>
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
    bool Terminal,
    WorkflowActivityReference? Workflow = null);

/// <summary>
/// The workflow behind a workflow-as-activity type, as Elsa writes it on every node of that type
/// (<c>workflowDefinitionId</c>, <c>workflowDefinitionVersionId</c>, <c>version</c>).
/// </summary>
public sealed record WorkflowActivityReference(string DefinitionId, string VersionId, int Version);

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
