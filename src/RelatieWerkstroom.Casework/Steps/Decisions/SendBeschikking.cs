using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediatR;
using RelatieWerkstroom.Casework.Documents;

namespace RelatieWerkstroom.Casework.Steps.Decisions;

/// <summary>
/// Dates the beschikking this instance drafted on the day it is actually sent (bekendmaking, Awb 3:41) and computes its
/// rechtsmiddelenclausule from that day: the bezwaar- or beroepstermijn runs from the day after the decision was sent
/// (6:8 lid 1), not from the day it was drafted. Outputs <c>verzenddatum</c> and <c>rechtsmiddelTot</c>.
/// </summary>
public static partial class SendBeschikking
{
    /// <summary>When the decision is sent.</summary>
    /// <param name="Verzenddatum">The day it is sent; today when not given (never in the future).</param>
    public sealed record Command(DateOnly? Verzenddatum = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Rewrites the date and the clause of the latest beschikking of this instance.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(SendBeschikking));
            var file = await run.OpenCaseFileAsync();
            var sent = request.Verzenddatum ?? run.Today;
            if (sent > run.Today) throw run.Problem($"verzenddatum {sent:yyyy-MM-dd} lies in the future");
            var document = file.Documents.LastOrDefault(d => d.Kind == DocumentKinds.Beschikking && d.InstanceId == run.Instance.Id)
                ?? throw run.Problem("this instance drafted no beschikking to send (run DraftBeschikking first)");

            var content = DateRow().Replace(document.Content, $"| Datum | {DutchText.Date(sent)} |", 1);
            var outputs = new JsonObject { ["documentId"] = document.Id, ["verzenddatum"] = Iso(sent) };
            var remedy = content.Contains("## Bezwaar maken", StringComparison.Ordinal) ? Rechtsmiddel.Bezwaar
                : content.Contains("## Beroep instellen", StringComparison.Ordinal) ? Rechtsmiddel.Beroep
                : Rechtsmiddel.Geen;
            if (remedy != Rechtsmiddel.Geen)
            {
                var reference = Reference().Match(content) is { Success: true } m ? m.Groups[1].Value : document.Id;
                var clause = RechtsmiddelenClausule.For(remedy, sent, reference);
                var heading = remedy == Rechtsmiddel.Bezwaar ? "## Bezwaar maken" : "## Beroep instellen";
                var start = content.IndexOf(heading, StringComparison.Ordinal) + heading.Length;
                var end = content.IndexOf("Met vriendelijke groet,", start, StringComparison.Ordinal);
                content = content[..start] + "\n\n" + clause.Text.TrimEnd() + "\n\n" + (end < 0 ? "" : content[end..]);
                outputs["rechtsmiddelTot"] = Iso(clause.LastDay);
            }

            var updated = document with { Content = content };
            run.Change(f =>
            {
                var index = f.Documents.FindIndex(d => d.Id == document.Id);
                f.Documents[index] = updated;
            });
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), outputs);
        }

        private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\| Datum \| [^|\n]* \|")]
    private static partial Regex DateRow();

    [GeneratedRegex(@"\| Kenmerk \| ([^|\n]+?) \|")]
    private static partial Regex Reference();
}
