using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Activities.Core;

/// <summary>Starts several branches at once: one outcome port per named branch.</summary>
[Activity("Elsa.FlowFork", "Flow", "Fork", Description = "Starts several branches in parallel.")]
public sealed class FlowFork : Activity, IDynamicOutcomes
{
    private string[] _branches = [];

    /// <summary>Branch names (a comma-separated list or a JSON array); each becomes an outcome port.</summary>
    [Input(Description = "The branch names; each one becomes an outcome.", UIHint = UIHints.List, SupportsExpressions = false)]
    public Input<string[]?> Branches { get; set; } = new((string[]?)null);

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        var configured = Branches.IsConstant ? Branches.Constant : null;
        if (Branches.Expression is ObjectExpression json)
        {
            // An Object expression is fixed JSON too (the form array inputs take in Elsa); it needs no running instance.
            try
            {
                configured = (string[]?)ValueConverter.Convert(json.Evaluate(null!), typeof(string[]));
            }
            catch (FormatException ex)
            {
                binder.Report("branches", ProblemCodes.BranchesInvalid, ("detail", ex.Message));
                return;
            }
        }
        _branches = (configured ?? []).Where(b => b.Length > 0).Distinct().ToArray();
        if (binder.Node.Input("branches") is { Value: JsonArray array } && _branches.Length == 0)
            _branches = array.Select(n => n?.GetValue<string>() ?? "").Where(b => b.Length > 0).ToArray();
        if (_branches.Length == 0)
        {
            // Elsa's FlowFork completes with "Done" when it names no branch (a fork just dropped on the canvas).
            binder.Warn("branches", ProblemCodes.ForkWithoutBranches);
            _branches = ["Done"];
        }
    }

    /// <inheritdoc />
    public override bool CompletesWithOneOutcome => false;

    /// <inheritdoc />
    public IReadOnlyList<string> GetOutcomes() => _branches;

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => new(ActivityResult.Outcome(_branches));
}
