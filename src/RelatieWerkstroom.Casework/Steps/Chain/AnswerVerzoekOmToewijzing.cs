using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Providers;

namespace RelatieWerkstroom.Casework.Steps.Chain;

/// <summary>
/// Answers a verzoek om toewijzing (VOT, JW315/WMO315) or verzoek om wijziging (VOW, JW317/WMO317) of an aanbieder.
/// <c>toegewezen</c>: the gemeente honours it with a toewijzing (JW301/WMO301) that carries the aanbieder's reference;
/// <c>afgewezen</c>: an antwoordbericht (JW319/WMO319) with VerzoekAntwoord 1 and a WJ759 reason (input <c>reden</c>,
/// form value <c>redenAfwijzing</c>, else 4 "past niet binnen contract"); <c>in-onderzoek</c>: a 319 with
/// VerzoekAntwoord 2. With <c>retourbericht</c> (JW316/WMO316) the verzoek is first acknowledged. The verzoek is the
/// latest one registered on the case (RegisterMelding with soort <c>verzoek-…</c>); for a VOW without registration
/// the aanbieder of the latest toewijzing is answered. Outcome <c>Toegewezen</c>, <c>Afgewezen</c> or
/// <c>InOnderzoek</c> when declared, otherwise <c>Done</c>.
/// </summary>
public static class AnswerVerzoekOmToewijzing
{
    /// <summary>The answer: honoured with a toewijzing.</summary>
    public const string Toegewezen = "Toegewezen";

    /// <summary>The answer: refused.</summary>
    public const string Afgewezen = "Afgewezen";

    /// <summary>The answer: the aanvraag is being investigated.</summary>
    public const string InOnderzoek = "InOnderzoek";

    /// <summary>The WJ759 reason used when none is given: the request does not fit the contract.</summary>
    public const string DefaultReden = "4";

    /// <summary>The answer to send.</summary>
    /// <param name="Standard"><c>iWmo</c> or <c>iJw</c> (required).</param>
    /// <param name="Besluit"><c>toegewezen</c>, <c>afgewezen</c> or <c>in-onderzoek</c> (required).</param>
    /// <param name="Antwoordbericht"><c>WMO319</c> or <c>JW319</c>; must fit the standard.</param>
    /// <param name="Retourbericht"><c>WMO316</c> or <c>JW316</c>: acknowledge the verzoek first.</param>
    /// <param name="RedenCodelijst">The code list of <paramref name="Reden"/>; only <c>WJ759</c>.</param>
    /// <param name="Reden">WJ759 code for a refusal.</param>
    /// <param name="Zaaktype">The zaaktype.</param>
    /// <param name="ReferentieAanbieder">The aanbieder's reference of the verzoek, when not registered on the case.</param>
    /// <param name="Aanbieder">The AGB code of the aanbieder, when not registered on the case.</param>
    /// <param name="Productcategorie">For a toewijzing: WMO020/JZ020 code.</param>
    /// <param name="Volume">For a toewijzing: units per frequentie.</param>
    /// <param name="Eenheid">For a toewijzing: WJ756 code.</param>
    /// <param name="Frequentie">For a toewijzing: WMO757 code.</param>
    public sealed record Command(
        string? Standard,
        string? Besluit,
        string? Antwoordbericht = null,
        string? Retourbericht = null,
        string? RedenCodelijst = null,
        string? Reden = null,
        string? Zaaktype = null,
        string? ReferentieAanbieder = null,
        string? Aanbieder = null,
        string? Productcategorie = null,
        int? Volume = null,
        string? Eenheid = null,
        string? Frequentie = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Builds the answer (and acknowledgement) and stages them in the outbox.</summary>
    public sealed class Handler(IProviderDirectory providers) : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(AnswerVerzoekOmToewijzing));
            var standaard = run.RequiredStandaard(request.Standard);
            var besluit = run.Required(request.Besluit, "besluit").ToLowerInvariant();
            if (besluit is not ("toegewezen" or "afgewezen" or "in-onderzoek"))
                throw run.Problem($"besluit '{besluit}' is not toegewezen, afgewezen or in-onderzoek");
            Expect(run, request.Antwoordbericht, IStandaarden.Bericht(standaard, 319), "antwoordbericht");
            Expect(run, request.Retourbericht, IStandaarden.Bericht(standaard, 316), "retourbericht");
            if (request.RedenCodelijst is { Length: > 0 } list && !list.Trim().Equals("WJ759", StringComparison.OrdinalIgnoreCase))
                throw run.Problem($"redenCodelijst '{list}' is not WJ759 (reden afwijzing verzoek)");

            var file = await run.OpenCaseFileAsync();
            var verzoek = ToewijzingComposer.LatestVerzoek(file);
            var previous = MessageFact.LatestToewijzing(file);
            var isWijziging = verzoek is null && previous is not null;
            var referentie = request.ReferentieAanbieder?.Trim() is { Length: > 0 } r ? r : verzoek?.Referentie ?? run.NewNumber(12, "verzoek");
            var wet = IStandaarden.Wet(standaard);
            var agb = request.Aanbieder?.Trim() is { Length: > 0 } a ? a
                : verzoek?.Aanbieder ?? previous?.Text("providerId") ?? StepRun.FormText(file, "aanbieder", "aanbiederAgb")
                ?? providers.Choose(wet, ToewijzingComposer.Category(file, standaard, "verzoek", request.Productcategorie), file.Id)?.AgbCode
                ?? throw run.Problem("no aanbieder to answer: give input 'aanbieder' (AGB code) or register the verzoek with RegisterMelding");
            var gemeentecode = run.Settings.Gemeentecode ?? IStandaarden.GemeentecodeNietIngesteld;
            var outputs = new JsonObject { ["referentieAanbieder"] = referentie, ["aanbieder"] = agb, ["besluit"] = besluit };

            // Everything is built before anything is staged: a step that fails halfway must not leave a message behind.
            var staged = new List<Action>();
            string outcome;
            try
            {
                if (request.Retourbericht is { Length: > 0 })
                {
                    var retourName = IStandaarden.Bericht(standaard, 316);
                    var retour = VerzoekAntwoordBuilder.Retour(retourName, gemeentecode, agb, run.NewNumber(12, "bericht-316"), run.Today,
                        referentie, verzoek?.Date ?? run.Today);
                    var message = run.Message(file.Id, MessageKinds.For(standaard, retourName), agb, MessageJson.Serialize(retour));
                    staged.Add(() => run.Queue(message, new JsonObject { ["providerId"] = agb }));
                }

                if (besluit == "toegewezen")
                {
                    var decision = DecisionFact.Latest(file, request.Zaaktype?.Trim() ?? file.Zaaktype) is { Grants: true } granted ? granted : null;
                    var composed = ToewijzingComposer.Compose(run, file, standaard, "verzoek",
                        new ToewijzingInput(request.Productcategorie, null, request.Volume, request.Eenheid, request.Frequentie, null, null, decision?.Einddatum,
                            agb, referentie, null, null),
                        decision, providers, isWijziging ? IStandaarden.WijzigingDoorAanbieder : null);
                    staged.Add(() => outputs["messageId"] = ToewijzingComposer.Queue(run, file, composed));
                    outputs["toewijzingId"] = composed.ToewijzingNummer;
                    outcome = Toegewezen;
                }
                else
                {
                    var antwoordName = IStandaarden.Bericht(standaard, 319);
                    VerzoekAntwoordBericht antwoord;
                    if (besluit == "afgewezen")
                    {
                        var reden = request.Reden?.Trim() is { Length: > 0 } given ? given : StepRun.FormText(file, "redenAfwijzing") ?? DefaultReden;
                        antwoord = VerzoekAntwoordBuilder.Afwijzing(standaard, gemeentecode, agb, run.NewNumber(12, "bericht-319"), run.Today, referentie, reden);
                        outputs["reden"] = reden;
                        outcome = Afgewezen;
                    }
                    else
                    {
                        antwoord = new VerzoekAntwoordBericht(IStandaarden.Header(antwoordName, gemeentecode, agb, run.NewNumber(12, "bericht-319"), run.Today),
                            referentie, IStandaarden.AanvraagInOnderzoek, null);
                        outcome = InOnderzoek;
                    }
                    var message = run.Message(file.Id, MessageKinds.For(standaard, antwoordName), agb, MessageJson.Serialize(antwoord));
                    staged.Add(() => run.Queue(message, new JsonObject { ["providerId"] = agb }, new JsonObject { ["verzoekAntwoord"] = antwoord.VerzoekAntwoord }));
                    outputs["messageId"] = message.Id;
                }
            }
            catch (ArgumentException ex)
            {
                throw run.Problem(ex.Message);
            }
            foreach (var stage in staged) stage();
            return new StepResult(run.Outcome(outcome), outputs);
        }

        private static void Expect(StepRun run, string? given, string expected, string input)
        {
            if (given is { Length: > 0 } && !given.Trim().Equals(expected, StringComparison.OrdinalIgnoreCase))
                throw run.Problem($"{input} '{given}' does not fit the standard; expected {expected}");
        }
    }
}
