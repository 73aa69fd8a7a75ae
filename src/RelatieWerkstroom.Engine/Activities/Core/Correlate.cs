using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Sets the instance's correlation id (e.g. the case file it belongs to).</summary>
[Activity("Elsa.Correlate", "Primitives", "Correlate", Description = "Sets the correlation id of the workflow instance.")]
public sealed class Correlate : Activity
{
    /// <summary>The correlation id.</summary>
    [Input(Description = "The correlation id.", Required = true,
        MissingInElsa = ["maakt de stap de correlatie-id van de instantie leeg", "clears the instance's correlation id"])]
    public Input<string?> CorrelationId { get; set; } = new((string?)null);

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        context.Instance.CorrelationId = CorrelationId.Get(context);
        return new(ActivityResult.Done());
    }
}
