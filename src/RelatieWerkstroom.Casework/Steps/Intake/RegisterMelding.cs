using System.Text;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Steps.Intake;

/// <summary>
/// Registers a melding, aanvraag, bezwaarschrift, herindicatie or verzoek om toewijzing with the case: a registration
/// document and an entry in the case file's log (later steps read the soort, e.g. a herindicatie makes the next
/// beschikking a re-assessment). For a Wmo melding it sets the date by which the onderzoek must be done: six weeks after
/// the melding (Wmo 2015 art. 2.3.2 lid 1). Outcome <c>Geregistreerd</c> (or <c>Done</c>); outputs <c>meldingId</c>,
/// <c>meldingDate</c>, <c>soort</c>, <c>channel</c>, <c>onderzoekDeadline</c> (Wmo), <c>referentieAanbieder</c> (verzoek).
/// A bezwaarschrift also journals <c>BezwaarReceived</c> with the contested decision (its outcome, workflow and id).
/// Outside a case (an instance without case file) only the outputs are produced.
/// </summary>
public static class RegisterMelding
{
    /// <summary>The outcome of a registered melding.</summary>
    public const string Geregistreerd = "Geregistreerd";

    /// <summary>How long the onderzoek after a Wmo melding may take (art. 2.3.2 lid 1).</summary>
    public static readonly LegalTerm OnderzoekTerm = LegalTerm.Weeks(6);

    /// <summary>What came in, through which channel and when.</summary>
    /// <param name="Zaaktype">The zaaktype; the case file's when not given.</param>
    /// <param name="Domein">The law, e.g. <c>Wmo 2015</c>, <c>Jeugdwet</c>, <c>Awb</c>.</param>
    /// <param name="Soort">What came in: <c>melding</c>, <c>aanvraag</c>, <c>herindicatie</c>, <c>bezwaarschrift</c>, <c>verzoek-om-toewijzing</c>, <c>maatregel</c>.</param>
    /// <param name="Kanaal">How it came in, e.g. <c>wmo-loket</c>, <c>telefoon</c>, <c>JW315</c>.</param>
    /// <param name="MeldingDate">The day it came in; today when not given (never in the future).</param>
    /// <param name="Channel">The channel (older name of <paramref name="Kanaal"/>).</param>
    /// <param name="ReferentieAanbieder">For a verzoek om toewijzing: the aanbieder's reference of the JW315/WMO315.</param>
    /// <param name="Aanbieder">For a verzoek om toewijzing: the AGB code of the aanbieder that sent it.</param>
    public sealed record Command(
        string? Zaaktype = null,
        string? Domein = null,
        string? Soort = null,
        string? Kanaal = null,
        DateOnly? MeldingDate = null,
        string? Channel = null,
        string? ReferentieAanbieder = null,
        string? Aanbieder = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Gives the melding an id, computes the onderzoek deadline and stores the registration with the case.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepExecutionScope.Current is null ? null : StepRun.Current(nameof(RegisterMelding));
            var today = run?.Today ?? DateOnly.FromDateTime((request.Context?.Now ?? DateTimeOffset.UtcNow).UtcDateTime);
            var date = request.MeldingDate ?? today;
            if (date > today)
                throw new InvalidOperationException($"a melding cannot be dated in the future ({date:yyyy-MM-dd}, today is {today:yyyy-MM-dd})");
            var soort = string.IsNullOrWhiteSpace(request.Soort) ? "melding" : request.Soort.Trim();
            var kanaal = (request.Kanaal ?? request.Channel)?.Trim() is { Length: > 0 } k ? k : "onbekend";
            var meldingId = run?.NewId("MLD").ToUpperInvariant() ?? "MLD-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
            var isVerzoek = soort.StartsWith("verzoek", StringComparison.OrdinalIgnoreCase);
            var referentie = request.ReferentieAanbieder?.Trim() is { Length: > 0 } r ? r : isVerzoek ? run?.NewNumber(12) : null;
            var wmo = request.Domein is null || request.Domein.Contains("Wmo", StringComparison.OrdinalIgnoreCase);
            DateOnly? onderzoekDeadline = wmo && soort is "melding" or "herindicatie"
                ? new LegalClock("onderzoekstermijn", "Wmo 2015 art. 2.3.2 lid 1", date, OnderzoekTerm).Deadline()
                : null;

            var outputs = new JsonObject
            {
                ["meldingId"] = meldingId,
                ["meldingDate"] = date.ToString("yyyy-MM-dd"),
                ["soort"] = soort,
                ["channel"] = kanaal,
            };
            if (onderzoekDeadline is { } deadline) outputs["onderzoekDeadline"] = deadline.ToString("yyyy-MM-dd");
            if (referentie is not null) outputs["referentieAanbieder"] = referentie;

            if (run is not null && run.Instance.CorrelationId is { Length: > 0 } && await run.Context.FindCaseFileAsync() is not null)
            {
                var file = await run.OpenCaseFileAsync();
                var zaaktype = ZaaktypeInfo.For(request.Zaaktype ?? file.Zaaktype);
                var text = new StringBuilder()
                    .AppendLine($"# Registratie {soort} ({meldingId})").AppendLine()
                    .AppendLine("| | |").AppendLine("|---|---|")
                    .AppendLine($"| Kenmerk | {meldingId} |")
                    .AppendLine($"| Zaak | {file.Id} ({zaaktype.Title}) |")
                    .AppendLine($"| Soort | {soort} |")
                    .AppendLine($"| Ontvangen op | {DutchText.Date(date)} |")
                    .AppendLine($"| Kanaal | {kanaal} |")
                    .AppendLine($"| Domein | {request.Domein ?? zaaktype.Wet} |")
                    .AppendLine($"| Betrokkene | {SubjectPlaceholder.For(file.SubjectId)} |");
                if (onderzoekDeadline is { } d) text.AppendLine($"| Onderzoek afgerond uiterlijk | {DutchText.Date(d)} (Wmo 2015 art. 2.3.2 lid 1) |");
                if (referentie is not null) text.AppendLine($"| Referentie aanbieder | {referentie} |");
                if (request.Aanbieder is { Length: > 0 } agb) text.AppendLine($"| Aanbieder (AGB) | {agb.Trim()} |");
                run.Store(run.Document(DocumentKinds.Registratie, $"Registratie {soort}", text.ToString()));
                run.Note(CaseEventKinds.MeldingRegistered, new JsonObject
                {
                    ["meldingId"] = meldingId,
                    ["soort"] = soort,
                    ["kanaal"] = kanaal,
                    ["meldingDate"] = date.ToString("yyyy-MM-dd"),
                    ["referentieAanbieder"] = referentie,
                    ["aanbieder"] = request.Aanbieder?.Trim(),
                });
                if (soort.Contains("bezwaar", StringComparison.OrdinalIgnoreCase))
                {
                    // The bezwaar is against the latest primary decision of the case (not an earlier beslissing op bezwaar).
                    var contested = DecisionFact.All(file).LastOrDefault(d => !d.Zaaktype.Equals("bezwaar", StringComparison.OrdinalIgnoreCase));
                    var payload = new JsonObject();
                    if (contested is not null)
                    {
                        payload[CaseworkFields.DecisionOption] = contested.Option;
                        payload[CaseworkFields.DecisionId] = contested.DecisionId;
                        if (contested.Workflow is { } workflow) payload[CaseworkFields.DecisionWorkflow] = workflow;
                    }
                    run.Context.Journal(CaseworkEvents.BezwaarReceived, payload);
                }
            }
            return new StepResult(run?.Outcome(Geregistreerd) ?? Geregistreerd, outputs);
        }
    }
}
