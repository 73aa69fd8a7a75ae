using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>How FlowSwitch picks cases.</summary>
public enum FlowSwitchMode
{
    /// <summary>Follow the first case whose condition holds.</summary>
    MatchFirst,

    /// <summary>Follow every case whose condition holds.</summary>
    MatchAny,
}

/// <summary>Follows the case(s) whose condition holds, or <c>Default</c> when none does.</summary>
[Activity("Elsa.FlowSwitch", "Branching", "Switch", Description = "Follows the matching case(s), or Default.")]
public sealed class FlowSwitch : Activity, IDynamicOutcomes
{
    private readonly List<(string Label, IExpression? Condition)> _cases = [];

    /// <summary>Matching mode.</summary>
    [Input(Description = "MatchFirst: the first matching case. MatchAny: every matching case.",
        UIHint = UIHints.Dropdown, Options = ["MatchFirst", "MatchAny"], DefaultValue = "MatchFirst")]
    public Input<FlowSwitchMode> Mode { get; set; } = new(FlowSwitchMode.MatchFirst);

    /// <summary>Case labels in order (the conditions are read from the <c>cases</c> property).</summary>
    public IReadOnlyList<string> CaseLabels => _cases.Select(c => c.Label).ToList();

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        // Elsa writes cases as [{ "label": "A", "condition": { "type": "JavaScript", "value": "..." } }].
        var raw = binder.Node.Property("cases");
        if (raw is JsonObject wrapped && wrapped.Get("expression") is JsonObject expr && expr.Get("value") is JsonValue text
            && text.TryGetValue<string>(out var json))
        {
            try
            {
                raw = JsonNode.Parse(json);
            }
            catch (System.Text.Json.JsonException ex)
            {
                binder.Report("cases", ProblemCodes.CasesInvalidJson, ("detail", ex.Message.Split(". ")[0]));
                return;
            }
        }
        if (raw is not JsonArray cases)
        {
            if (raw is not null) binder.Report("cases", ProblemCodes.CasesNotAList);
            return;
        }
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i] is not JsonObject c || c.GetString("label") is not { Length: > 0 } label)
            {
                binder.Report($"cases[{i}].label", ProblemCodes.CaseWithoutLabel);
                continue;
            }
            if (_cases.Any(x => x.Label == label)) binder.Report($"cases[{i}].label", ProblemCodes.CaseLabelDuplicate, ("label", label));
            var condition = c.Get("condition") is JsonObject cond ? binder.Compile(InputValue.From(cond), typeof(bool), $"cases[{i}].condition") : null;
            _cases.Add((label, condition));
        }
    }

    /// <inheritdoc />
    public override bool CompletesWithOneOutcome => Mode is { IsConstant: true, Constant: FlowSwitchMode.MatchFirst };

    /// <inheritdoc />
    public IReadOnlyList<string> GetOutcomes() => [.. _cases.Select(c => c.Label), "Default"];

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var mode = Mode.Get(context);
        var matched = new List<string>();
        foreach (var (label, condition) in _cases)
        {
            var holds = condition is not null && (bool)ValueConverter.Convert(condition.Evaluate(context), typeof(bool))!;
            if (!holds) continue;
            matched.Add(label);
            if (mode == FlowSwitchMode.MatchFirst) break;
        }
        return new(matched.Count == 0 ? ActivityResult.Outcome("Default") : ActivityResult.Outcome([.. matched]));
    }
}
