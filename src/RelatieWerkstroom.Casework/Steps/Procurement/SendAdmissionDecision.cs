using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;

namespace RelatieWerkstroom.Casework.Steps.Procurement;

/// <summary>
/// Decides on an aanmelding in a toelatingsprocedure: a toelatingsbesluit (admitted or refused, with the reasons)
/// stored with the case and sent to the aanbieder as a letter. The aanbieder is the input, the form value
/// <c>aanbieder</c>, or the n-th aanmelding of the case. The decision is contractual (Contractstandaard
/// toelatingsprocedure), so the letter points to the complaint procedure and the civil court, not to bezwaar. A refusal
/// needs reasons: the input <c>motivering</c> or the reasons of the discretion decisions taken for it. Journals
/// <c>DocumentGenerated</c> and <c>MessageQueued</c> with <c>providerId</c> and <c>tenderId</c>.
/// </summary>
public static class SendAdmissionDecision
{
    /// <summary>The decision: admitted.</summary>
    public const string Toegelaten = "toegelaten";

    /// <summary>The decision: refused.</summary>
    public const string Afgewezen = "afgewezen";

    /// <summary>The decision to send.</summary>
    /// <param name="Decision"><c>toegelaten</c> or <c>afgewezen</c> (required).</param>
    /// <param name="Procedure">The procedure.</param>
    /// <param name="Zaaktype">The zaaktype.</param>
    /// <param name="Aanbieder">The aanbieder (AGB code, KvK number or name).</param>
    /// <param name="Motivering">The reasons for a refusal.</param>
    public sealed record Command(string? Decision, string? Procedure = null, string? Zaaktype = null, string? Aanbieder = null, string? Motivering = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Writes the decision and stages the letter.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(SendAdmissionDecision));
            var decision = run.Required(request.Decision, "decision").ToLowerInvariant();
            if (decision is not (Toegelaten or Afgewezen)) throw run.Problem($"decision '{decision}' is not {Toegelaten} or {Afgewezen}");
            var file = await run.OpenCaseFileAsync();
            var number = file.Documents.Count(d => d.Kind == DocumentKinds.Toelatingsbesluit) + 1;
            var aanbieder = request.Aanbieder?.Trim() is { Length: > 0 } a ? a : StepRun.FormText(file, "aanbieder") ?? $"aanmelding-{number}";
            var tenderId = TenderFacts.TenderId(file);
            var reasons = new List<string>();
            if (decision == Afgewezen)
            {
                if (!string.IsNullOrWhiteSpace(request.Motivering)) reasons.Add(request.Motivering.Trim());
                // Only the reasons given for this aanmelding: after the previous besluit, or after the aankondiging for the first.
                var since = file.Documents.LastOrDefault(d => d.Kind is DocumentKinds.Toelatingsbesluit or DocumentKinds.Aankondiging)?.CreatedAt ?? DateTimeOffset.MinValue;
                reasons.AddRange(file.Decisions.Where(d => d.DecidedAt >= since && !string.IsNullOrWhiteSpace(d.Reason)).Select(d => $"{d.DiscretionId}: {d.Reason!.Trim()}"));
                if (reasons.Count == 0) reasons.Add("Uw aanmelding voldoet niet aan een of meer toelatingseisen uit het inkoopdocument; de beoordeling per eis is bijgevoegd.");
            }

            var text = ToelatingsbesluitBuilder.Render(run.Settings.Municipality, request.Procedure, tenderId, aanbieder, run.Today, decision == Toegelaten, reasons);
            var document = run.Document(DocumentKinds.Toelatingsbesluit, $"Toelatingsbesluit {aanbieder}: {decision}", text);
            var ids = new JsonObject { ["providerId"] = StepRun.ProviderReference(aanbieder) };
            if (tenderId is not null) ids["tenderId"] = tenderId;
            run.Store(document, ids, new JsonObject { ["decision"] = decision });
            run.Queue(run.Message(file.Id, MessageKinds.Brief, aanbieder, MessageJson.Serialize(new Brief(document.Id, file.Id, DocumentKinds.Toelatingsbesluit, aanbieder))), ids);
            return new StepResult(run.Outcome(decision == Toegelaten ? "Toegelaten" : "Afgewezen"), new JsonObject
            {
                ["documentId"] = document.Id,
                ["aanbieder"] = aanbieder,
                ["decision"] = decision,
            });
        }
    }
}
