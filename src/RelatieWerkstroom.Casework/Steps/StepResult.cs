using System.Text.Json.Nodes;

namespace RelatieWerkstroom.Casework.Steps;

/// <summary>What a service step handler decided: the outcome port to follow and, optionally, values to store in the workflow.</summary>
/// <param name="Outcome">The outcome port; it must be one of the service step's declared <c>outcomes</c>.</param>
/// <param name="Outputs">
/// Values to keep: each property goes into the workflow variable of that name when the definition declares one,
/// otherwise into the workflow output. Never put personal data here that the journal or reports should not see.
/// </param>
public sealed record StepResult(string Outcome, JsonObject? Outputs = null)
{
    /// <summary>The outcome a service step has when it declares no outcomes.</summary>
    public const string DefaultOutcome = "Done";

    /// <summary>Completed on the default <c>Done</c> outcome without outputs.</summary>
    public static StepResult Done() => new(DefaultOutcome);
}
