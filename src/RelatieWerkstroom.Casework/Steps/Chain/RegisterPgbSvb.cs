using System.Globalization;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;

namespace RelatieWerkstroom.Casework.Steps.Chain;

/// <summary>
/// Registers a granted pgb with the SVB (Wmo 2015 art. 2.6.2, Jeugdwet art. 8.1.8): a <see cref="PgbToekenning"/> in
/// the outbox. The budget comes from the input or the form value <c>budget</c>/<c>pgbBudget</c>; when the case has none
/// yet the toekenning lists it under <c>Ontbrekend</c>, so the sender holds it until the budget is set. The tariff for
/// informal help is the discretion decision <c>formeel</c>/<c>informeel</c> taken for this case. Needs a granting
/// beschikking. Journals <c>MessageQueued {kind: SVB.PgbToekenning, decisionId}</c>.
/// </summary>
public static class RegisterPgbSvb
{
    /// <summary>What to register.</summary>
    /// <param name="Wet"><c>Wmo 2015</c> or <c>Jeugdwet</c>; the zaaktype's law when not given.</param>
    /// <param name="Zaaktype">The zaaktype; the case file's when not given.</param>
    /// <param name="Budget">The budget in euros.</param>
    /// <param name="BudgetPeriode"><c>maand</c>, <c>jaar</c> or <c>totaal</c> (default <c>jaar</c>).</param>
    /// <param name="Productcategorie">WMO020/JZ020 code.</param>
    public sealed record Command(string? Wet = null, string? Zaaktype = null, decimal? Budget = null, string? BudgetPeriode = null,
        string? Productcategorie = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Builds the toekenning and stages it in the outbox.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(RegisterPgbSvb));
            var file = await run.OpenCaseFileAsync();
            var zaaktype = ZaaktypeInfo.For(request.Zaaktype ?? file.Zaaktype);
            var wet = request.Wet?.Trim() is { Length: > 0 } w ? w : zaaktype.Wet;
            var standaard = wet.Equals("Wmo 2015", StringComparison.OrdinalIgnoreCase) ? IStandaard.IWmo
                : wet.Equals("Jeugdwet", StringComparison.OrdinalIgnoreCase) ? IStandaard.IJw
                : throw run.Problem($"wet '{wet}' has no pgb via the SVB; use Wmo 2015 or Jeugdwet");
            var decision = DecisionFact.Latest(file, zaaktype.Zaaktype);
            if (decision is not { Grants: true })
                throw run.Problem(decision is null
                    ? $"case '{file.Id}' has no beschikking; a pgb is registered after it is granted"
                    : $"the latest beschikking {decision.DecisionId} ({decision.Option}) grants nothing");
            var periode = (request.BudgetPeriode ?? "jaar").Trim().ToLowerInvariant();
            if (periode is not ("maand" or "jaar" or "totaal")) throw run.Problem($"budgetPeriode '{periode}' is not maand, jaar or totaal");
            var budget = request.Budget ?? Amount(StepRun.FormText(file, "budget", "pgbBudget"));
            if (budget is <= 0) throw run.Problem($"budget {budget} must be a positive amount in euros");
            var tarief = Enumerable.Reverse(file.Decisions).Select(d => d.Option.ToLowerInvariant()).FirstOrDefault(o => o is "formeel" or "informeel");
            var missing = budget is null ? new[] { "budget" } : [];

            var toekenning = new PgbToekenning(
                run.Settings.Gemeentecode ?? IStandaarden.GemeentecodeNietIngesteld,
                file.SubjectId ?? throw run.Problem($"case file '{file.Id}' has no budgethouder (subject)"),
                decision.DecisionId,
                IStandaarden.Wet(standaard),
                ToewijzingComposer.Category(file, standaard, "regulier", request.Productcategorie),
                decision.Ingangsdatum ?? decision.Sent,
                decision.Einddatum,
                budget,
                periode,
                tarief,
                missing);
            var message = run.Message(file.Id, MessageKinds.SvbPgb, "SVB", MessageJson.Serialize(toekenning));
            run.Queue(message, new JsonObject { ["decisionId"] = decision.DecisionId }, new JsonObject { ["complete"] = missing.Length == 0 });
            var outputs = new JsonObject { ["messageId"] = message.Id, ["complete"] = missing.Length == 0 };
            if (budget is { } b) outputs["budget"] = b;
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), outputs);
        }

        private static decimal? Amount(string? text) =>
            decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
