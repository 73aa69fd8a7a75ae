using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>
/// Completes the workflow. Everything still waiting is cancelled. Its <c>outcomes</c> are where a parent that runs this
/// workflow as an activity continues (Elsa's CompleteCompositeSignal); without them the parent continues at Done.
/// </summary>
[Activity("Elsa.Complete", "Flow", "Complete", Description = "Completes the workflow; a parent that runs it as an activity continues at its outcomes.")]
public sealed class Complete : Activity, ITerminalActivity
{
    /// <summary>The outcome or outcomes to complete with (a text, or a JSON list of texts).</summary>
    [Input(Description = "The outcome (or a JSON list of outcomes) a parent workflow continues at.")]
    public Input<object?> Outcomes { get; set; } = new((object?)null);

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        // Elsa 3.8 hands an Object expression to this untyped input as its text: ["A"] is one outcome named ["A"], not A
        // (elsa-oracle); a script that returns a list gives each of its items.
        var value = Outcomes.Expression is ObjectExpression ? ValueConverter.ToJsonNode(Outcomes.Get(context))?.ToJsonString() : Outcomes.Get(context);
        return new(ActivityResult.Terminate(Interpret(value)));
    }

    // As Elsa's Complete.InterpretOutcomes: a text is one outcome, a list gives each item; unset is none (Done).
    private static IReadOnlyList<string> Interpret(object? value) => value switch
    {
        null => [],
        string text => [text],
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        JsonArray list => [.. list.Select(Text)],
        JsonNode node => [node.ToJsonString()],
        System.Collections.IEnumerable items => [.. items.Cast<object?>().Select(Text)],
        _ => [value.ToString() ?? ""],
    };

    private static string Text(object? item) => item switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonNode node => node.ToJsonString(),
        _ => item.ToString() ?? "",
    };
}
