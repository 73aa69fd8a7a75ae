using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Steps.Decisions;

/// <summary>
/// Drafts the beschikking of the case and stores it with the case file: besluit, motivering from the case's discretion
/// decisions, wettelijke grondslag, the beslistermijn from the case's legal clock and the rechtsmiddelenclausule with
/// the last day for bezwaar (or beroep after a beslissing op bezwaar). Journals <c>DocumentGenerated</c> and
/// <c>DecisionTaken</c>; outputs <c>decisionId</c>, <c>documentId</c>, <c>verzenddatum</c>, <c>rechtsmiddelTot</c>.
/// </summary>
public static class DraftBeschikking
{
    /// <summary>Words in a registered melding's <c>soort</c> that make the next decision a re-assessment (herindicatie).</summary>
    public static readonly IReadOnlyList<string> ReassessmentKinds = ["herindicatie", "verlenging", "heronderzoek"];

    /// <summary>The beschikking to draft.</summary>
    /// <param name="Decision">The decision code, e.g. <c>toekennen</c>, <c>gedeeltelijk</c>, <c>afwijzen</c>, <c>ongegrond</c> (required).</param>
    /// <param name="LegalBasis">The wettelijke grondslag (required).</param>
    /// <param name="Zaaktype">The zaaktype; the case file's when not given.</param>
    /// <param name="Verzenddatum">The day it is sent; today when not given.</param>
    /// <param name="Ingangsdatum">The first day of a granted voorziening; the day it is sent when not given.</param>
    /// <param name="Einddatum">The last day of a granted voorziening.</param>
    /// <param name="Geldigheid">The validity as a term (e.g. "1 year"), used when no <paramref name="Einddatum"/> is given.</param>
    /// <param name="Clock">The legal clock of the beslistermijn; the latest clock whose name starts with <c>beslistermijn</c> when not given.</param>
    /// <param name="Reassessment">Whether this is a re-assessment; when not given, a herindicatie registered after the previous decision makes it one.</param>
    public sealed record Command(
        string? Decision,
        string? LegalBasis,
        string? Zaaktype = null,
        DateOnly? Verzenddatum = null,
        DateOnly? Ingangsdatum = null,
        DateOnly? Einddatum = null,
        string? Geldigheid = null,
        string? Clock = null,
        bool? Reassessment = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Builds the beschikking with <see cref="BeschikkingBuilder"/> and stages it on the case file.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(DraftBeschikking));
            var decision = run.Required(request.Decision, "decision");
            var legalBasis = run.Required(request.LegalBasis, "legalBasis");
            var file = await run.OpenCaseFileAsync();
            var zaaktype = ZaaktypeInfo.For(request.Zaaktype ?? file.Zaaktype);
            var sent = request.Verzenddatum ?? run.Today;
            var ingangsdatum = request.Ingangsdatum ?? sent;
            var einddatum = request.Einddatum ?? Until(run, ingangsdatum, request.Geldigheid);
            if (einddatum < ingangsdatum)
                throw run.Problem($"einddatum {einddatum:yyyy-MM-dd} lies before ingangsdatum {ingangsdatum:yyyy-MM-dd}");

            var previous = DecisionFact.Latest(file, zaaktype.Zaaktype);
            var reassessment = request.Reassessment ?? (previous is not null && HerindicatieSince(file, previous.Sequence));
            var clock = FindClock(file, request.Clock);
            var decisionId = run.NewId("besluit");
            var grants = BeschikkingBuilder.Grants(decision);
            var beschikking = BeschikkingBuilder.Build(new BeschikkingDraft
            {
                DecisionId = decisionId,
                CaseFileId = file.Id,
                Zaaktype = zaaktype,
                Decision = decision,
                LegalBasis = legalBasis,
                Sent = sent,
                Municipality = run.Settings.Municipality,
                SubjectId = file.SubjectId,
                Discretion = [.. file.Decisions.Skip(previous?.DiscretionCount ?? 0).Where(d => d.InstanceId is null || d.InstanceId == run.Instance.Id)],
                Beslistermijn = clock is null ? null : BeslistermijnStatus.From(clock, run.Today),
                Ingangsdatum = grants ? ingangsdatum : null,
                Einddatum = grants ? einddatum : null,
            });

            var document = run.Document(DocumentKinds.Beschikking, beschikking.Title, beschikking.Text);
            var fact = new DecisionFact(decisionId, decision, zaaktype.Zaaktype, grants, sent, grants ? ingangsdatum : null, grants ? einddatum : null,
                file.Decisions.Count, Workflow: run.Instance.DefinitionId);
            run.Store(document, new JsonObject { ["decisionId"] = decisionId }, new JsonObject { ["decisionOption"] = decision });
            run.Note(CaseEventKinds.DecisionTaken, fact.ToDetails());
            var taken = new JsonObject { [CaseworkFields.DecisionOption] = decision, [CaseworkFields.DecisionId] = decisionId, [CaseworkFields.Reassessment] = reassessment };
            if (reassessment && previous is not null) taken[CaseworkFields.PreviousDecisionOption] = previous.Option;
            run.Context.Journal(CaseworkEvents.DecisionTaken, taken);

            var outputs = new JsonObject
            {
                ["decisionId"] = decisionId,
                ["documentId"] = document.Id,
                ["decision"] = decision,
                ["verzenddatum"] = sent.ToString("yyyy-MM-dd"),
            };
            if (beschikking.Clausule is { } clause) outputs["rechtsmiddelTot"] = clause.LastDay.ToString("yyyy-MM-dd");
            if (grants)
            {
                outputs["ingangsdatum"] = ingangsdatum.ToString("yyyy-MM-dd");
                if (einddatum is { } until) outputs["einddatum"] = until.ToString("yyyy-MM-dd");
            }
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), outputs);
        }

        private static DateOnly? Until(StepRun run, DateOnly from, string? geldigheid)
        {
            if (string.IsNullOrWhiteSpace(geldigheid)) return null;
            if (!LegalTerm.TryParse(geldigheid, out var term, out var error) || term.Unit == LegalTermUnit.Hours)
                throw run.Problem($"geldigheid: {error ?? $"'{geldigheid}' is a term in hours; give days, weeks, months or years"}");
            // A voorziening of one year from 1 March runs up to and including 28 February.
            return term.AddTo(from).AddDays(-1);
        }

        private static bool HerindicatieSince(CaseFile file, long sequence) =>
            file.Events.Any(e => e.Sequence > sequence && e.Kind == CaseEventKinds.MeldingRegistered
                && e.Details?["soort"] is JsonValue soort && soort.TryGetValue<string>(out var text)
                && ReassessmentKinds.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)));

        private static CaseClock? FindClock(CaseFile file, string? name) =>
            !string.IsNullOrWhiteSpace(name)
                ? file.Clock(name.Trim())
                : file.Clocks.LastOrDefault(c => c.Name.StartsWith("beslistermijn", StringComparison.OrdinalIgnoreCase));
    }
}
