using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Providers;

namespace RelatieWerkstroom.Casework.Steps.Chain;

/// <summary>
/// Queues a toewijzing for the aanbieder: a WMO301 (iWmo) or JW301 (iJw) record in the outbox, with the client as
/// pseudonym. The fields come from the inputs, else from the case (form values <c>productcategorie</c>,
/// <c>productcode</c>, <c>volume</c>, <c>eenheid</c>, <c>frequentie</c>, <c>aanbieder</c>; dates from the beschikking; a
/// registered verzoek om toewijzing), else from defaults: productcategorie 02 (iWmo) or derived from the reden and the
/// decided kind of help (iJw); omvang by the settings' uitvoeringsvariant (inspanningsgericht 3 (iWmo) or 2 (iJw) uur per
/// week, outputgericht 1 stuk in total, taakgericht none); an aanbieder from <see cref="IProviderDirectory"/>. A
/// toewijzing needs a granting beschikking, except for reden <c>spoed</c>, <c>verwijzing</c> or <c>maatregel</c>.
/// Journals <c>MessageQueued {kind, toewijzingId, providerId, decisionId}</c>; outputs <c>toewijzingId</c>,
/// <c>aanbieder</c>, <c>productcategorie</c>, <c>messageId</c>.
/// </summary>
public static class SendToewijzing
{
    /// <summary>The reasons for which no beschikking is needed first.</summary>
    public static readonly IReadOnlyList<string> WithoutBeschikking = ["spoed", "verwijzing", "maatregel"];

    /// <summary>The toewijzing to send.</summary>
    /// <param name="Standard"><c>iWmo</c> or <c>iJw</c> (required).</param>
    /// <param name="Bericht"><c>WMO301</c> or <c>JW301</c>; must fit the standard.</param>
    /// <param name="Reden"><c>regulier</c>, <c>spoed</c>, <c>verwijzing</c> or <c>maatregel</c>.</param>
    /// <param name="Zaaktype">The zaaktype of the beschikking; the case file's when not given.</param>
    /// <param name="Productcategorie">WMO020/JZ020 code.</param>
    /// <param name="Productcode">Productcode (none: aspecifiek).</param>
    /// <param name="Volume">Units per frequentie.</param>
    /// <param name="Eenheid">WJ756 code.</param>
    /// <param name="Frequentie">WMO757 code.</param>
    /// <param name="Budget">Budget in euros (outputgericht).</param>
    /// <param name="Ingangsdatum">First day of delivery.</param>
    /// <param name="Einddatum">Last day of delivery.</param>
    /// <param name="Aanbieder">AGB code of the aanbieder.</param>
    /// <param name="ReferentieAanbieder">The aanbieder's reference of a verzoek om toewijzing this answers.</param>
    /// <param name="Verwijzer">COD327 code of the verwijzer (iJw).</param>
    /// <param name="Uitvoeringsvariant">Overrides the settings' variant.</param>
    public sealed record Command(
        string? Standard,
        string? Bericht = null,
        string? Reden = null,
        string? Zaaktype = null,
        string? Productcategorie = null,
        string? Productcode = null,
        int? Volume = null,
        string? Eenheid = null,
        string? Frequentie = null,
        decimal? Budget = null,
        DateOnly? Ingangsdatum = null,
        DateOnly? Einddatum = null,
        string? Aanbieder = null,
        string? ReferentieAanbieder = null,
        string? Verwijzer = null,
        string? Uitvoeringsvariant = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Composes the toewijzing with <see cref="ToewijzingBuilder"/> and stages it in the outbox.</summary>
    public sealed class Handler(IProviderDirectory providers) : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(SendToewijzing));
            var standaard = run.RequiredStandaard(request.Standard);
            var expected = IStandaarden.Bericht(standaard, 301);
            if (request.Bericht is { Length: > 0 } bericht && !bericht.Trim().Equals(expected, StringComparison.OrdinalIgnoreCase))
                throw run.Problem($"bericht '{bericht}' does not fit standard {IStandaarden.Name(standaard)}; a toewijzing is {expected}");
            var reden = string.IsNullOrWhiteSpace(request.Reden) ? "regulier" : request.Reden.Trim().ToLowerInvariant();
            var file = await run.OpenCaseFileAsync();

            var decision = DecisionFact.Latest(file, request.Zaaktype?.Trim() ?? file.Zaaktype);
            if (decision is null && !WithoutBeschikking.Contains(reden))
                throw run.Problem($"case '{file.Id}' has no beschikking; draft one (DraftBeschikking) before a toewijzing with reden '{reden}'");
            if (decision is { Grants: false } && !WithoutBeschikking.Contains(reden))
                throw run.Problem($"the latest beschikking {decision.DecisionId} ({decision.Option}) grants nothing, so there is nothing to assign");
            if (decision is { Grants: false }) decision = null;

            var composed = ToewijzingComposer.Compose(run, file, standaard, reden, new ToewijzingInput(request.Productcategorie, request.Productcode,
                request.Volume, request.Eenheid, request.Frequentie, request.Budget, request.Ingangsdatum, request.Einddatum, request.Aanbieder,
                request.ReferentieAanbieder, request.Verwijzer, request.Uitvoeringsvariant), decision, providers);
            var messageId = ToewijzingComposer.Queue(run, file, composed);
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), new JsonObject
            {
                ["toewijzingId"] = composed.ToewijzingNummer,
                ["aanbieder"] = composed.AanbiederAgb,
                ["productcategorie"] = composed.Productcategorie,
                ["bericht"] = expected,
                ["messageId"] = messageId,
            });
        }
    }
}
