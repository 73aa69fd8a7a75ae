using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;

namespace RelatieWerkstroom.Casework.Steps.Chain;

/// <summary>
/// Notifies the CAK of a granted Wmo maatwerkvoorziening or pgb so it can levy the eigen bijdrage (Wmo 2015 art.
/// 2.1.4; iEb): an <see cref="EigenBijdrageMelding"/> in the outbox. Leveringsvorm from the input, else the workflow
/// variable <c>Vorm</c> (<c>pgb</c> or <c>zin</c>); an exemption when a discretion decision after the beschikking chose
/// <c>vrijstelling</c>. Needs a granting beschikking; the Jeugdwet has no eigen bijdrage, so only Wmo cases qualify.
/// Journals <c>MessageQueued {kind: CAK.iEb, decisionId, toewijzingId?}</c>.
/// </summary>
public static class NotifyCak
{
    /// <summary>The legal basis of the eigen bijdrage.</summary>
    public const string Grondslag = "Wmo 2015 art. 2.1.4";

    /// <summary>What to notify.</summary>
    /// <param name="Standard">The exchange; only <c>iEb</c>.</param>
    /// <param name="Zaaktype">The zaaktype; the case file's when not given.</param>
    /// <param name="Leveringsvorm"><c>zin</c> or <c>pgb</c>.</param>
    /// <param name="Vrijstelling">Whether the client is exempted.</param>
    public sealed record Command(string? Standard = null, string? Zaaktype = null, string? Leveringsvorm = null, bool? Vrijstelling = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Builds the notification and stages it in the outbox.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(NotifyCak));
            if (request.Standard is { Length: > 0 } standard && !standard.Trim().Equals("iEb", StringComparison.OrdinalIgnoreCase))
                throw run.Problem($"standard '{standard}' is not iEb, the exchange with the CAK");
            var file = await run.OpenCaseFileAsync();
            var zaaktype = ZaaktypeInfo.For(request.Zaaktype ?? file.Zaaktype);
            if (zaaktype.Wet != "Wmo 2015")
                throw run.Problem($"the CAK only levies eigen bijdragen for Wmo 2015 voorzieningen, not for {zaaktype.Wet} (zaaktype {zaaktype.Zaaktype})");
            var decision = DecisionFact.Latest(file, zaaktype.Zaaktype);
            if (decision is not { Grants: true })
                throw run.Problem(decision is null
                    ? $"case '{file.Id}' has no beschikking; the CAK is told of a granted voorziening"
                    : $"the latest beschikking {decision.DecisionId} ({decision.Option}) grants nothing, so no eigen bijdrage is due");
            var vorm = (request.Leveringsvorm ?? Variable(run, "Vorm") ?? "zin").Trim().ToLowerInvariant();
            if (vorm is not ("zin" or "pgb")) throw run.Problem($"leveringsvorm '{vorm}' is not zin or pgb");
            var vrijgesteld = request.Vrijstelling
                ?? file.Decisions.Skip(decision.DiscretionCount).Any(d => d.Option.Equals("vrijstelling", StringComparison.OrdinalIgnoreCase));
            var toewijzing = MessageFact.LatestToewijzing(file);

            var melding = new EigenBijdrageMelding(
                run.Settings.Gemeentecode ?? IStandaarden.GemeentecodeNietIngesteld,
                file.SubjectId ?? throw run.Problem($"case file '{file.Id}' has no client (subject)"),
                decision.DecisionId,
                vorm.ToUpperInvariant(),
                toewijzing?.Text("productcategorie"),
                toewijzing?.Text("toewijzingId"),
                decision.Ingangsdatum ?? decision.Sent,
                decision.Einddatum,
                vrijgesteld,
                Grondslag);
            var message = run.Message(file.Id, MessageKinds.CakIeb, "CAK", MessageJson.Serialize(melding));
            var ids = new JsonObject { ["decisionId"] = decision.DecisionId };
            if (melding.ToewijzingNummer is { } toewijzingId) ids["toewijzingId"] = toewijzingId;
            run.Queue(message, ids, new JsonObject { ["vrijgesteld"] = vrijgesteld });
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), new JsonObject
            {
                ["messageId"] = message.Id,
                ["leveringsvorm"] = melding.Leveringsvorm,
                ["vrijgesteld"] = vrijgesteld,
            });
        }

        private static string? Variable(StepRun run, string name) =>
            run.Context.GetVariable(name) is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
    }
}
