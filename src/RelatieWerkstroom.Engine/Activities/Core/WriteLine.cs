using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Writes a line of text to the workflow output.</summary>
[Activity("Elsa.WriteLine", "Primitives", "Write line", Description = "Writes a line of text to the output.")]
public sealed class WriteLine : Activity
{
    /// <summary>The text to write.</summary>
    [Input(Description = "The text to write.", Required = true, MissingInElsa = ["schrijft de stap een lege regel", "writes an empty line"])]
    public Input<string?> Text { get; set; } = new((string?)null);

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        context.WriteLine(Text.Get(context) ?? "");
        return new(ActivityResult.Done());
    }
}
