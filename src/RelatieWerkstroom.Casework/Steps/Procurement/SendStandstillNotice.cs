using System.Globalization;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Time;

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
            var end = StandstillBuilder.EndOf(sent, days);
            var tenderId = TenderFacts.TenderId(file) ?? run.NewId("aanbesteding");
            var basis = StandstillBuilder.Basis(days);
            var text = StandstillBuilder.Render(run.Settings.Municipality, tenderId, sent, days);
            var document = run.Document(DocumentKinds.Standstill, $"Opschortende termijn ({tenderId})", text);
            var ids = new JsonObject { ["tenderId"] = tenderId };
            run.Store(document, ids, new JsonObject { ["einde"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["dagen"] = days });
            foreach (var inschrijver in inschrijvers)
                run.Queue(run.Message(file.Id, MessageKinds.Standstill, inschrijver, MessageJson.Serialize(new StandstillBericht(tenderId, inschrijver, days, sent, end, basis))),
                    new JsonObject { ["tenderId"] = tenderId, ["providerId"] = StepRun.ProviderReference(inschrijver) });
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), new JsonObject
            {
                ["standstillEinde"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["days"] = days,
                ["documentId"] = document.Id,
            });
        }
    }
}
