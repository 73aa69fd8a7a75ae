using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Descriptors;

namespace RelatieWerkstroom.Engine.Activities.WorkflowAsActivity;

/// <summary>
/// A published definition with <c>options.usableAsActivity</c>, seen as an activity type of its own, as Elsa 3's
/// WorkflowDefinitionActivityDescriptorFactory describes it: the type name is the definition's name in PascalCase,
/// the category <c>options.activityCategory</c> or <c>Workflows</c>, and its declared inputs, outputs and outcomes.
/// </summary>
public sealed partial class WorkflowActivityType
{
    /// <summary>Elsa's category when a definition names none.</summary>
    public const string DefaultCategory = "Workflows";

    private WorkflowActivityType(WorkflowDefinition definition, ActivityDescriptor descriptor)
    {
        Definition = definition;
        Descriptor = descriptor;
    }

    /// <summary>The published version this type describes.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>Its descriptor, as the palette and validation see it.</summary>
    public ActivityDescriptor Descriptor { get; }

    /// <summary>The type name (Elsa: the definition's name, Humanizer's <c>Pascalize</c>).</summary>
    public string TypeName => Descriptor.TypeName;

    /// <summary>Whether the definition says it may be used as an activity (<c>options.usableAsActivity</c>).</summary>
    public static bool IsUsableAsActivity(WorkflowDefinition definition) =>
        (definition.Document.Get("options") as JsonObject)?.GetBool("usableAsActivity") == true;

    /// <summary>Describes a definition as an activity type.</summary>
    public static WorkflowActivityType From(WorkflowDefinition definition)
    {
        var options = definition.Document.Get("options") as JsonObject;
        var typeName = TypeNameOf(definition.Name);
        var inputs = Declared(definition, "inputs").Select(i => new InputDescriptor(
            i.GetString("name")!, i.GetString("type") ?? "Object", i.GetString("displayName") ?? i.GetString("name")!,
            i.GetString("description"), i.GetString("uiHint") ?? UIHints.SingleLine, Required: false, DefaultValue: null, Options: null,
            SupportsExpressions: true)).ToList();
        var outputs = Declared(definition, "outputs").Select(o => new OutputDescriptor(
            o.GetString("name")!, o.GetString("type") ?? "Object", o.GetString("description"))).ToList();
        var descriptor = new ActivityDescriptor(typeName, options?.GetString("activityCategory") is { Length: > 0 } category ? category : DefaultCategory,
            definition.Name, definition.Document.GetString("description"), inputs, outputs, OutcomesOf(definition), DynamicOutcomes: false,
            Blocking: true, Terminal: false, new WorkflowActivityReference(definition.DefinitionId, definition.Id, definition.Version));
        return new WorkflowActivityType(definition, descriptor);
    }

    /// <summary>
    /// The outcome ports: the declared <c>outcomes</c>, then <c>Done</c>. A child that finishes without an
    /// <c>Elsa.Complete</c> naming an outcome (it runs out, or ends at End) continues its parent at Done, also when it
    /// declares outcomes (elsa-oracle: <c>wfa-ouder-done.json</c>).
    /// </summary>
    public static IReadOnlyList<string> OutcomesOf(WorkflowDefinition definition)
    {
        var declared = definition.Document.Get("outcomes") is JsonArray array
            ? array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).Distinct().ToList()
            : [];
        if (!declared.Contains("Done")) declared.Add("Done");
        return declared;
    }

    /// <summary>Elsa's type name for a definition name: Humanizer 3's Pascalize (a letter at the start or after spaces, '_' or '-' in upper case, those separators dropped).</summary>
    public static string TypeNameOf(string name) => PascalizePattern().Replace(name, m => m.Groups[1].Value.ToUpperInvariant());

    private static IEnumerable<JsonObject> Declared(WorkflowDefinition definition, string list) =>
        definition.Document.Get(list) is JsonArray array
            ? array.OfType<JsonObject>().Where(o => !string.IsNullOrWhiteSpace(o.GetString("name")))
            : [];

    [GeneratedRegex("(?:[ _-]+|^)([a-zA-Z])")]
    private static partial Regex PascalizePattern();
}
