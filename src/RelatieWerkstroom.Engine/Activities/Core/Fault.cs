using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Faults the workflow on purpose, with a message; it becomes the incident.</summary>
/// <remarks>It keeps the default Done port, as in Elsa, so definitions drawn there with a connection after it still import.</remarks>
[Activity("Elsa.Fault", "Primitives", "Fault", Description = "Faults the workflow with a message.")]
public sealed class Fault : Activity
{
    /// <summary>The message.</summary>
    [Input(Description = "Why the workflow faults.", Required = true,
        MissingInElsa = ["stopt de workflow met een fout zonder uitleg", "faults the workflow without saying why"])]
    public Input<string?> Message { get; set; } = new((string?)null);

    /// <summary>An optional code.</summary>
    [Input(Description = "An optional fault code.")]
    public Input<string?> Code { get; set; } = new((string?)null);

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var code = Code.Get(context);
        throw new WorkflowFaultException((code is { Length: > 0 } ? code + ": " : "") + (Message.Get(context) ?? "fault"));
    }
}

/// <summary>Raised by the Fault activity.</summary>
public sealed class WorkflowFaultException(string message) : InvalidOperationException(message);
