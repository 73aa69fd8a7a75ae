using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Steps.Intake;

/// <summary>
/// Confirms receipt of a melding, aanvraag or bezwaarschrift (Wmo 2015 art. 2.3.2 lid 1, Awb 6:14 lid 1): an
/// ontvangstbevestiging letter stored with the case and queued as a letter for the citizen. It says when the
/// melding came in, what happens next and by when, plus the information the workflow lists. Outputs <c>documentId</c>,
/// <c>ontvangenOp</c>, <c>termijnTot</c> (when the term is a term).
/// </summary>
public static class ConfirmReceipt
{
    /// <summary>What to confirm.</summary>
    /// <param name="Zaaktype">The zaaktype; the case file's when not given.</param>
    /// <param name="Soort">What came in: <c>melding</c>, <c>aanvraag</c>, <c>bezwaarschrift</c>.</param>
    /// <param name="Termijn">The term for the next step, e.g. "6 weken", or text such as "volgens verordening".</param>
    /// <param name="Informatie">Further points the letter must make (persoonlijk plan, cliëntondersteuning, …).</param>
    /// <param name="OntvangenOp">The day it came in; the latest registration's date (or today) when not given.</param>
    public sealed record Command(
        string? Zaaktype = null,
        string? Soort = null,
        string? Termijn = null,
        IReadOnlyList<string>? Informatie = null,
        DateOnly? OntvangenOp = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Writes the letter and queues it.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(ConfirmReceipt));
            var file = await run.OpenCaseFileAsync();
            var zaaktype = ZaaktypeInfo.For(request.Zaaktype ?? file.Zaaktype);
            var soort = string.IsNullOrWhiteSpace(request.Soort) ? "melding" : request.Soort.Trim();
            var received = request.OntvangenOp ?? LastRegistration(file, soort) ?? run.Today;
            if (received > run.Today) throw run.Problem($"ontvangenOp {received:yyyy-MM-dd} lies in the future");
            DateOnly? termEnd = null;
            var termText = request.Termijn?.Trim();
            if (termText is { Length: > 0 } && LegalTerm.TryParse(termText, out var term, out _) && term.Unit != LegalTermUnit.Hours)
                termEnd = new LegalClock("termijn", "", received, term).Deadline();

            var addressee = SubjectPlaceholder.For(file.SubjectId);
            var basis = soort.Contains("bezwaar", StringComparison.OrdinalIgnoreCase) ? "artikel 6:14 Algemene wet bestuursrecht"
                : zaaktype.Wet == "Wmo 2015" && soort == "melding" ? "artikel 2.3.2 lid 1 Wmo 2015"
                : "de Algemene wet bestuursrecht";
            var text = new StringBuilder()
                .AppendLine($"# Ontvangstbevestiging {soort}").AppendLine()
                .AppendLine("| | |").AppendLine("|---|---|")
                .AppendLine($"| Zaak | {file.Id} |")
                .AppendLine($"| Onderwerp | {zaaktype.Title} |")
                .AppendLine($"| Datum | {DutchText.Date(run.Today)} |")
                .AppendLine($"| Aan | {addressee} |").AppendLine()
                .AppendLine($"Geachte {addressee},").AppendLine()
                .AppendLine($"Wij hebben uw {soort} op {DutchText.Date(received)} ontvangen. Met deze brief bevestigen wij de ontvangst ({basis}). Uw zaaknummer is {file.Id}; wilt u dat noemen als u contact met ons opneemt?")
                .AppendLine().AppendLine("## Wat gebeurt er nu?").AppendLine();
            if (termEnd is { } end)
                text.AppendLine($"Wij handelen uw {soort} af binnen {LegalTerm.Parse(termText!).ToDutchString()}, dat is uiterlijk op {DutchText.Date(end)}.");
            else if (termText is { Length: > 0 })
                text.AppendLine($"Voor de afhandeling geldt de termijn {termText}.");
            else
                text.AppendLine("Wij laten u weten wanneer u een beslissing kunt verwachten.");
            if (request.Informatie is { Count: > 0 } points)
            {
                text.AppendLine().AppendLine("Goed om te weten:").AppendLine();
                foreach (var point in points.Where(p => !string.IsNullOrWhiteSpace(p))) text.AppendLine($"- {point.Trim()}");
            }
            text.AppendLine().AppendLine("Met vriendelijke groet,").AppendLine()
                .AppendLine($"het college van burgemeester en wethouders van {run.Settings.Municipality}");

            var document = run.Document(DocumentKinds.Ontvangstbevestiging, $"Ontvangstbevestiging {soort}", text.ToString());
            run.Store(document);
            var letter = new Brief(document.Id, file.Id, DocumentKinds.Ontvangstbevestiging, addressee);
            run.Queue(run.Message(file.Id, MessageKinds.Brief, "betrokkene", MessageJson.Serialize(letter)));

            var outputs = new JsonObject { ["documentId"] = document.Id, ["ontvangenOp"] = received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            if (termEnd is { } e) outputs["termijnTot"] = e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), outputs);
        }

        private static DateOnly? LastRegistration(CaseFile file, string soort)
        {
            var registered = file.Events.LastOrDefault(e => e.Kind == CaseEventKinds.MeldingRegistered
                && (e.Details?["soort"]?.GetValue<string>() ?? "").Equals(soort, StringComparison.OrdinalIgnoreCase))
                ?? file.Events.LastOrDefault(e => e.Kind == CaseEventKinds.MeldingRegistered);
            return registered?.Details?["meldingDate"]?.GetValue<string>() is { } text
                && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        }
    }
}
