using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Sets a named output of the workflow.</summary>
[Activity("Elsa.SetOutput", "Primitives", "Set output", Description = "Sets an output of the workflow.")]
public sealed class SetOutput : Activity
{
    /// <summary>The output name.</summary>
    [Input(Description = "The name of the workflow output.", Required = true)]
    public Input<string?> OutputName { get; set; } = new((string?)null);

    /// <summary>The value.</summary>
    [Input(Description = "The value to set.", UIHint = UIHints.MultiLine)]
    public Input<object?> OutputValue { get; set; } = new((object?)null);

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var name = OutputName.Get(context);
        if (string.IsNullOrWhiteSpace(name)) throw new InvalidOperationException("SetOutput has no output name");
        context.SetOutput(name, OutputValue.Get(context));
        return new(ActivityResult.Done());
    }
}
