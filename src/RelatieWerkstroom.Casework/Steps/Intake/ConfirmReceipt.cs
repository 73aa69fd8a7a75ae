using System.Globalization;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;

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
            var (title, text, termEnd) = OntvangstbevestigingBuilder.Build(file.Id, zaaktype, soort, received, run.Today, request.Termijn?.Trim(),
                request.Informatie, file.SubjectId, run.Settings.Municipality);
            var document = run.Document(DocumentKinds.Ontvangstbevestiging, title, text);
            run.Store(document);
            var letter = new Brief(document.Id, file.Id, DocumentKinds.Ontvangstbevestiging, SubjectPlaceholder.For(file.SubjectId));
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
