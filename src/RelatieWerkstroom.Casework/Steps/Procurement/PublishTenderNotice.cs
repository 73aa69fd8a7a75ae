using System.Globalization;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Steps.Procurement;

/// <summary>
/// Publishes an aankondiging (or the invitation of a meervoudig onderhandse procedure) on TenderNed: an
/// <see cref="Aankondiging"/> in the outbox and the notice stored with the case. The estimated value (input
/// <c>raming</c> or form value <c>raming</c>) is tested against the thresholds: the municipality's
/// <c>procurementThresholds</c>, the European threshold for services (€ 216.000 in 2026–2027 unless the settings give
/// one) and, for a toelatingsprocedure, the SAS threshold (<c>sasAankondigingVanaf</c>, € 750.000). A meervoudig
/// onderhandse procedure above the European threshold is refused: it needs a European procedure (Aw 2012 deel 2).
/// The closing date is the input, the form value <c>sluitingsdatum</c>, or the settings' term
/// <c>inschrijvingstermijn-meervoudig</c> (3 weeks when unset); a toelatingsprocedure has continuous admission.
/// Outputs <c>tenderId</c>, <c>documentId</c>, <c>sluitingsdatum</c>; journals with <c>tenderId</c>.
/// </summary>
public static class PublishTenderNotice
{
    /// <summary>The notice to publish.</summary>
    /// <param name="Procedure">E.g. <c>meervoudig-onderhands</c>, <c>toelating</c>, <c>openbaar</c> (required).</param>
    /// <param name="Publicatie">What is published.</param>
    /// <param name="Kanaal">Where (default TenderNed).</param>
    /// <param name="Zaaktype">The zaaktype.</param>
    /// <param name="SasAankondigingVanaf">The SAS threshold in euros.</param>
    /// <param name="Raming">The estimated value in euros excluding VAT.</param>
    /// <param name="Omschrijving">The subject; the form value <c>omschrijving</c> or the case title when not given.</param>
    /// <param name="Sluitingsdatum">The last day for inschrijvingen.</param>
    public sealed record Command(
        string? Procedure,
        string? Publicatie = null,
        string? Kanaal = null,
        string? Zaaktype = null,
        decimal? SasAankondigingVanaf = null,
        decimal? Raming = null,
        string? Omschrijving = null,
        DateOnly? Sluitingsdatum = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Tests the thresholds, writes the notice and stages it.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(PublishTenderNotice));
            var procedure = run.Required(request.Procedure, "procedure").ToLowerInvariant();
            var file = await run.OpenCaseFileAsync();
            var settings = run.Settings;
            var raming = request.Raming ?? Amount(StepRun.FormText(file, "raming"));
            if (raming is < 0) throw run.Problem($"raming {raming} must not be negative");
            var omschrijving = request.Omschrijving?.Trim() ?? StepRun.FormText(file, "omschrijving") ?? file.Title;
            var toelating = procedure.Contains("toelating", StringComparison.Ordinal);

            var drempels = new Dictionary<string, decimal>(settings.ProcurementThresholds, StringComparer.OrdinalIgnoreCase);
            var (european, europeanSource) = Thresholds.Find(settings, Thresholds.EuropeanServices, "Gedelegeerde Verordening (EU) 2025/2152", "europe", "europ");
            drempels.TryAdd("europees", european);
            var toetsing = new List<string>();
            if (toelating)
            {
                var sas = request.SasAankondigingVanaf ?? Thresholds.Find(settings, Thresholds.Sas, "Richtlijn 2014/24/EU art. 4", "sas").Amount;
                drempels["sas"] = sas;
                toetsing.Add(raming is { } r && r >= sas
                    ? $"De geraamde waarde ({DutchText.Money(r)}) ligt op of boven de SAS-drempel van {DutchText.Money(sas)}: aankondiging op TenderNed is verplicht."
                    : $"Iedere aanbieder die aan de eisen voldoet wordt toegelaten, zonder selectie; de aankondiging zorgt voor transparantie (SAS-drempel {DutchText.Money(sas)}).");
            }
            else if (raming is { } value)
            {
                if (value >= european && procedure.Contains("onderhands", StringComparison.Ordinal))
                    throw run.Problem($"the estimated value {value.ToString(CultureInfo.InvariantCulture)} reaches the European threshold of " +
                        $"{european.ToString(CultureInfo.InvariantCulture)} ({europeanSource}); a {procedure} procedure is not allowed, a European procedure is required");
                toetsing.Add($"De geraamde waarde ({DutchText.Money(value)}) ligt onder de Europese drempel van {DutchText.Money(european)} ({europeanSource}).");
            }
            else
            {
                toetsing.Add("Er is geen geraamde waarde vastgelegd; de drempels zijn niet getoetst.");
            }

            var sluiting = toelating ? request.Sluitingsdatum : request.Sluitingsdatum ?? FormDate(file, "sluitingsdatum")
                ?? (settings.Term("inschrijvingstermijn-meervoudig") ?? settings.Term("inschrijvingstermijn") ?? LegalTerm.Weeks(3)).AddTo(run.Today);
            if (sluiting is { } s && s <= run.Today) throw run.Problem($"sluitingsdatum {s:yyyy-MM-dd} must lie after today ({run.Today:yyyy-MM-dd})");

            var tenderId = TenderFacts.TenderId(file) ?? run.NewId("aanbesteding");
            var notice = new Aankondiging(tenderId, settings.Municipality, procedure, request.Publicatie?.Trim(),
                request.Kanaal?.Trim() is { Length: > 0 } k ? k : "TenderNed", omschrijving, raming, run.Today, sluiting, drempels, toetsing);
            var document = run.Document(DocumentKinds.Aankondiging, $"Aankondiging {procedure} ({tenderId})", AankondigingBuilder.Render(notice));
            var ids = new JsonObject { ["tenderId"] = tenderId };
            run.Store(document, ids);
            run.Queue(run.Message(file.Id, MessageKinds.TenderNed, "TenderNed", MessageJson.Serialize(notice)), ids);

            var outputs = new JsonObject { ["tenderId"] = tenderId, ["documentId"] = document.Id };
            if (sluiting is { } end) outputs["sluitingsdatum"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), outputs);
        }

        private static decimal? Amount(string? text) =>
            decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

        private static DateOnly? FormDate(CaseFile file, string field) =>
            DateOnly.TryParseExact(StepRun.FormText(file, field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
