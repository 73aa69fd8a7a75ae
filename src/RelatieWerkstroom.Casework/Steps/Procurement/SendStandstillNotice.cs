using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Steps.Procurement;

/// <summary>
/// Tells every inschrijver the standstill period (opschortende termijn) and the day it ends (Aanbestedingswet 2012 art.
/// 2.127, 2.130 lid 2): a notice stored with the case and a <see cref="StandstillBericht"/> per inschrijver. The period is
/// <c>days</c> (input) or the settings' <c>standstill.defaultDays</c> (20 unless set), in calendar days from the day
/// after the gunningsbeslissing was sent; an end on a Saturday, Sunday or public holiday moves to the next working day
/// (Algemene termijnenwet). The inschrijvers are those the gunningsbeslissing went to. Outputs <c>standstillEinde</c>
/// and <c>days</c>.
/// </summary>
public static class SendStandstillNotice
{
    /// <summary>The notice to send.</summary>
    /// <param name="Days">The period in calendar days (0: none).</param>
    /// <param name="Zaaktype">The zaaktype.</param>
    /// <param name="Gunningsdatum">The day the gunningsbeslissing was sent; that of the latest one on the case (or today) when not given.</param>
    public sealed record Command(int? Days = null, string? Zaaktype = null, DateOnly? Gunningsdatum = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>The last day of a standstill period of <paramref name="days"/> calendar days after <paramref name="sent"/>.</summary>
    public static DateOnly EndOf(DateOnly sent, int days) =>
        days == 0 ? sent : new LegalClock("opschortende termijn", "Aanbestedingswet 2012 art. 2.127", sent, LegalTerm.Days(days)).Deadline();

    /// <summary>Computes the end and stages the notices.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(SendStandstillNotice));
            var days = request.Days ?? run.Settings.StandstillDays;
            if (days is < 0 or > 90) throw run.Problem($"days {days} must be between 0 and 90 calendar days");
            var file = await run.OpenCaseFileAsync();
            var award = file.Documents.LastOrDefault(d => d.Kind == DocumentKinds.Gunningsbeslissing);
            var sent = request.Gunningsdatum ?? (award is null ? run.Today : DutchTime.Today(award.CreatedAt));
            var inschrijvers = TenderFacts.Inschrijvers(file, MessageKinds.Gunningsbericht);
            if (inschrijvers.Count == 0)
                throw run.Problem("no gunningsbeslissing was sent on this case (SendAwardLetter); the standstill notice goes to the inschrijvers it went to");
            var end = EndOf(sent, days);
            var naive = sent.AddDays(days);
            var tenderId = TenderFacts.TenderId(file) ?? run.NewId("aanbesteding");
            var basis = days >= 20 ? "Aanbestedingswet 2012 art. 2.127 en inkoopbeleid" : "inkoopbeleid (onder de Europese drempel)";

            var text = new StringBuilder()
                .AppendLine($"# Opschortende termijn ({tenderId})").AppendLine()
                .AppendLine("| | |").AppendLine("|---|---|")
                .AppendLine($"| Aanbestedende dienst | {run.Settings.Municipality} |")
                .AppendLine($"| Gunningsbeslissing verzonden | {DutchText.Date(sent)} |")
                .AppendLine($"| Termijn | {days} kalenderdagen |")
                .AppendLine($"| Einde termijn | {DutchText.DateWithWeekday(end)} |")
                .AppendLine($"| Grondslag | {basis} |").AppendLine();
            text.AppendLine(days == 0
                ? "Er geldt geen opschortende termijn; de overeenkomst kan worden gesloten."
                : $"De opschortende termijn van {days} kalenderdagen begint op de dag na verzending van de gunningsbeslissing en eindigt op {DutchText.DateWithWeekday(end)}."
                  + (end != naive ? $" De termijn zou eindigen op {DutchText.DateWithWeekday(naive)}; volgens de Algemene termijnenwet schuift het einde naar de eerstvolgende werkdag." : "")
                  + " Wij sluiten de overeenkomst niet voor het einde van deze termijn. Wie het niet eens is met de gunningsbeslissing, kan binnen deze termijn een kort geding aanhangig maken (artikel 2.131 Aanbestedingswet 2012).");
            var document = run.Document(DocumentKinds.Standstill, $"Opschortende termijn ({tenderId})", text.ToString());
            var ids = new JsonObject { ["tenderId"] = tenderId };
            run.Store(document, ids, new JsonObject { ["einde"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["dagen"] = days });
            foreach (var inschrijver in inschrijvers)
                run.Queue(run.Message(file.Id, MessageKinds.Standstill, inschrijver, MessageJson.Serialize(new StandstillBericht(tenderId, inschrijver, days, sent, end, basis))),
                    new JsonObject { ["tenderId"] = tenderId, ["providerId"] = inschrijver });
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), new JsonObject
            {
                ["standstillEinde"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["days"] = days,
                ["documentId"] = document.Id,
            });
        }
    }
}
