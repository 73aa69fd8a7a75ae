using System.Globalization;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Journal;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Steps;

namespace RelatieWerkstroom.Casework.Dwangsom;

/// <summary>
/// Writes the vaststellingsbeschikking of Awb 4:18 and sends it to the applicant: the amount owed on the beslistermijn
/// named by the workflow variable <c>Termijn</c>, per band of days with the tariff in force on the day the
/// ingebrekestelling was received (4:17 lid 2), and the rechtsmiddelenclausule. Refuses while the dwangsom still runs or
/// when nothing is owed. Journals <c>DocumentGenerated</c> and <c>MessageQueued</c>; outputs <c>decisionId</c>,
/// <c>documentId</c>, <c>bedrag</c>, <c>dagen</c>, <c>rechtsmiddelTot</c>.
/// </summary>
public static class DraftDwangsomVaststelling
{
    /// <summary>The step; the beslistermijn comes from the workflow variable <c>Termijn</c> unless given.</summary>
    /// <param name="Termijn">The beslistermijn, e.g. <c>beslistermijn</c>.</param>
    public sealed record Command(string? Termijn = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Writes the letter.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(DraftDwangsomVaststelling));
            var (clock, dwangsom) = await DetermineDwangsom.FindAsync(run, request.Termijn);
            var file = await run.OpenCaseFileAsync();
            if (!dwangsom.Final)
                throw run.Problem($"the dwangsom on the {clock.Name} still runs (no decision, {dwangsom.Days} of at most 42 days); it can be set once it stopped");
            if (dwangsom.Days == 0 || dwangsom.LastDay is null)
                throw run.Problem($"no dwangsom is owed on the {clock.Name}: the decision came before its first day ({dwangsom.FirstDay:yyyy-MM-dd})");

            var decisionId = run.NewId("dwangsom", clock.Id);
            var letter = DwangsomVaststellingBuilder.Build(new DwangsomVaststellingBuilder.Draft(decisionId, file.Id, file.SubjectId, run.Settings.Municipality,
                run.Today, clock, dwangsom, run.Settings.Dwangsom.TariffOn(dwangsom.ReceivedOn)));
            var document = run.Document(DocumentKinds.DwangsomVaststelling, letter.Title, letter.Text);
            run.Store(document, new JsonObject { ["decisionId"] = decisionId });
            var brief = new Brief(document.Id, file.Id, DocumentKinds.DwangsomVaststelling, SubjectPlaceholder.For(file.SubjectId));
            run.Queue(run.Message(file.Id, MessageKinds.Brief, "betrokkene", MessageJson.Serialize(brief)), new JsonObject { ["decisionId"] = decisionId });
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), new JsonObject
            {
                ["decisionId"] = decisionId,
                ["documentId"] = document.Id,
                ["dagen"] = dwangsom.Days,
                ["bedrag"] = dwangsom.Amount,
                ["rechtsmiddelTot"] = letter.Clause.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }
    }
}
