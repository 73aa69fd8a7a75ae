using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Documents;

namespace RelatieWerkstroom.Casework.Steps.Bezwaar;

/// <summary>
/// Reads from the municipality settings whether an adviescommissie (Awb 7:13) is instituted for bezwaren in the domain
/// of the contested decision. That fact, not a choice per case, decides the beslistermijn of Awb 7:10 lid 1: twelve
/// weeks with a commissie, six without. Outcome <c>Adviescommissie</c> or <c>Ambtelijk</c>; outputs <c>domein</c>,
/// <c>adviescommissie</c>, <c>bron</c>. A domain the settings do not list is handled ambtelijk (the shorter term, so no
/// deadline is shown later than the law allows).
/// </summary>
public static class DetermineBezwaarRoute
{
    /// <summary>The outcome when the verordening instituted a commissie for the domain.</summary>
    public const string Adviescommissie = "Adviescommissie";

    /// <summary>The outcome when it did not.</summary>
    public const string Ambtelijk = "Ambtelijk";

    /// <summary>Which domain; the sub-flow's input <c>domein</c>, else the law of the case file's zaaktype.</summary>
    /// <param name="Domein">The domain, e.g. <c>Wmo 2015</c>.</param>
    public sealed record Command(string? Domein = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Looks the domain up in <c>bezwaar.adviescommissie</c>.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(DetermineBezwaarRoute));
            var domein = request.Domein?.Trim() is { Length: > 0 } given ? given
                : run.Instance.Input["domein"] is JsonValue input && input.TryGetValue<string>(out var text) && text.Trim().Length > 0 ? text.Trim()
                : ZaaktypeInfo.For((await run.CaseFileAsync()).Zaaktype).Wet;
            var listed = run.Settings.BezwaarAdviescommissie.TryGetValue(domein, out var instituted);
            var commissie = listed && instituted;
            var outputs = new JsonObject
            {
                ["domein"] = domein,
                ["adviescommissie"] = commissie,
                ["bron"] = listed ? $"instellingen {run.Settings.Municipality}: bezwaar.adviescommissie" : "niet in de instellingen: ambtelijk (6 weken)",
            };
            return new StepResult(run.Outcome(commissie ? Adviescommissie : Ambtelijk), outputs);
        }
    }
}
