using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;

namespace RelatieWerkstroom.Casework.Steps.Decisions;

/// <summary>
/// Grants a voorschot on bijstand while the right is not yet established (Participatiewet art. 52): a voorschot besluit
/// stored with the case and a payment order in the outbox. The percentage is at least 90% of the norm; the norm comes
/// from the input, the form value <c>norm</c>, or the settings' <c>bijstandsnormen</c> for the leefvorm (input, form
/// value <c>leefvorm</c>, else <c>alleenstaande</c>); without any, the besluit and the payment order state the
/// percentage of the client's norm and the administration applies it. Journals <c>DocumentGenerated</c> and
/// <c>MessageQueued</c>; outputs <c>decisionId</c>, <c>documentId</c>, <c>percentage</c>, <c>bedrag</c> (when known).
/// </summary>
public static class GrantVoorschot
{
    /// <summary>The lowest percentage of the norm a voorschot may be.</summary>
    public const decimal MinimumPercentage = 90m;

    /// <summary>The voorschot to grant.</summary>
    /// <param name="PercentageVanNorm">Percentage of the norm (90 to 100; default 90).</param>
    /// <param name="LegalBasis">The legal basis (default Participatiewet art. 52 lid 1).</param>
    /// <param name="Herhalen">How it repeats until the decision.</param>
    /// <param name="Norm">The monthly norm in euros.</param>
    /// <param name="Leefvorm">The leefvorm whose norm applies.</param>
    /// <param name="Zaaktype">The zaaktype.</param>
    public sealed record Command(
        decimal? PercentageVanNorm = null,
        string? LegalBasis = null,
        string? Herhalen = null,
        decimal? Norm = null,
        string? Leefvorm = null,
        string? Zaaktype = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Writes the besluit and the payment order.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(GrantVoorschot));
            var percentage = request.PercentageVanNorm ?? MinimumPercentage;
            if (percentage is < MinimumPercentage or > 100m)
                throw run.Problem($"percentageVanNorm {percentage} must lie between {MinimumPercentage} and 100: a voorschot is at least 90% of the norm (Participatiewet art. 52)");
            var legalBasis = string.IsNullOrWhiteSpace(request.LegalBasis) ? "Participatiewet art. 52 lid 1" : request.LegalBasis.Trim();
            var file = await run.OpenCaseFileAsync();
            var leefvorm = request.Leefvorm?.Trim() ?? StepRun.FormText(file, "leefvorm") ?? "alleenstaande";
            var norm = request.Norm
                ?? (decimal.TryParse(StepRun.FormText(file, "norm"), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null)
                ?? (run.Settings.Bijstandsnormen.TryGetValue(leefvorm, out var configured) ? configured : (decimal?)null);
            if (norm is <= 0) throw run.Problem($"norm {norm} must be a positive amount in euros per month");
            var clock = file.Clock("voorschottermijn");
            var decisionId = run.NewId("voorschot");
            var sent = run.Today;
            var (title, text, amount, _) = VoorschotBuilder.Build(decisionId, file.Id, file.SubjectId, run.Settings.Municipality, sent, percentage, norm,
                legalBasis, request.Herhalen, clock is null ? null : BeslistermijnStatus.From(clock, sent));
            var order = new Betaalopdracht(
                run.Settings.Gemeentecode ?? IStandaarden.GemeentecodeNietIngesteld,
                file.SubjectId ?? throw run.Problem($"case file '{file.Id}' has no client (subject)"),
                decisionId, "voorschot-bijstand", amount, percentage, "maand", sent, legalBasis);

            var document = run.Document(DocumentKinds.Voorschot, title, text);
            run.Store(document, new JsonObject { ["decisionId"] = decisionId });
            run.Queue(run.Message(file.Id, MessageKinds.Betaalopdracht, "uitkeringsadministratie", MessageJson.Serialize(order)),
                new JsonObject { ["decisionId"] = decisionId });
            var outputs = new JsonObject { ["decisionId"] = decisionId, ["documentId"] = document.Id, ["percentage"] = percentage };
            if (amount is { } a) outputs["bedrag"] = a;
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), outputs);
        }
    }
}
