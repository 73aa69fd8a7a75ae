using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Sets a workflow variable to the value of an expression.</summary>
[Activity("Elsa.SetVariable", "Primitives", "Set variable", Description = "Sets a workflow variable.")]
public sealed class SetVariable : Activity
{
    /// <summary>The value to assign.</summary>
    [Input(Description = "The value to assign.", UIHint = UIHints.MultiLine)]
    public Input<object?> Value { get; set; } = new((object?)null);

    /// <summary>The variable to set (resolved from the <c>variable</c> property when the definition is compiled).</summary>
    public string VariableName { get; private set; } = "";

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        // Elsa writes the variable as an object { id, name, typeName }; plain names are accepted too.
        var raw = binder.Node.Property("variable");
        var reference = raw switch
        {
            JsonObject o => o.GetString("name") ?? o.GetString("id"),
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(reference))
        {
            binder.Report("variable", ProblemCodes.VariableNotNamed);
            return;
        }
        var variable = binder.Variables.FirstOrDefault(v => v.Name == reference || v.Id == reference);
        if (variable is null) binder.Report("variable", ProblemCodes.VariableNotDeclared, ("variable", reference));
        VariableName = variable?.Name ?? reference;
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        context.SetVariable(VariableName, Value.Get(context));
        return new(ActivityResult.Done());
    }
}
