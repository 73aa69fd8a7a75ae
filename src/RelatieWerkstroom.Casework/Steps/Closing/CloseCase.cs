using System.Text;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Steps.Closing;

/// <summary>
/// Closes the case file when its workflow reaches the end, with a closing note (resultaat, what was produced, clocks
/// still running) stored with the case. A sub-workflow (e.g. the bezwaar flow inside the case of the primary decision)
/// only records its resultaat: the case stays open for the workflow that started it. A case that is
/// already closed is left as it is (outcome <c>AlGesloten</c> when declared, otherwise <c>Done</c>; output
/// <c>alreadyClosed</c>). Refused while another workflow of the case still runs (when the host registers the instance store).
/// </summary>
public static class CloseCase
{
    /// <summary>The outcome when the case was already closed.</summary>
    public const string AlGesloten = "AlGesloten";

    /// <summary>How the case ends.</summary>
    /// <param name="Zaaktype">The zaaktype of the workflow that ends; the case file's when not given.</param>
    /// <param name="Resultaat">The resultaat, e.g. <c>afgehandeld</c>, <c>ingetrokken</c>, <c>gegund</c>.</param>
    public sealed record Command(string? Zaaktype = null, string? Resultaat = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Closes the case (or records the sub-flow's resultaat).</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(CloseCase));
            var file = await run.CaseFileAsync();
            var resultaat = string.IsNullOrWhiteSpace(request.Resultaat) ? "afgehandeld" : request.Resultaat.Trim();
            if (file.Status == CaseFileStatus.Closed)
                return new StepResult(run.Outcome(AlGesloten), new JsonObject { ["alreadyClosed"] = true, ["closed"] = false, ["resultaat"] = resultaat });

            var zaaktype = request.Zaaktype?.Trim() is { Length: > 0 } z ? z : file.Zaaktype;
            // The case belongs to its top-level workflow; a sub-workflow (such as the bezwaar flow) only finishes its part.
            var own = !run.IsSubflow;
            if (own && run.Service<IWorkflowInstanceStore>() is { } instances)
            {
                // The instances of this burst (itself, the parent it runs in, a child that just finished) are not committed yet.
                var related = new HashSet<string>(StringComparer.Ordinal) { run.Instance.Id };
                for (var parent = run.Instance.ParentInstanceId; parent is not null;)
                {
                    related.Add(parent);
                    parent = (await instances.FindAsync(parent, cancellationToken))?.ParentInstanceId;
                }
                foreach (var id in file.InstanceIds.Where(i => !related.Contains(i)))
                    if (await instances.FindAsync(id, cancellationToken) is { IsActive: true, ParentInstanceId: var p } other && p != run.Instance.Id)
                        throw run.Problem($"zaak '{file.Id}' kan niet worden gesloten: werkproces {other.Id} loopt nog ({other.Status})");
            }

            var running = file.RunningClocks().Select(c => c.Name).ToList();
            var text = new StringBuilder()
                .AppendLine(own ? $"# Afsluiting zaak {file.Id}" : $"# Afronding {zaaktype} in zaak {file.Id}").AppendLine()
                .AppendLine("| | |").AppendLine("|---|---|")
                .AppendLine($"| Zaaktype | {zaaktype} |")
                .AppendLine($"| Resultaat | {resultaat} |")
                .AppendLine($"| Geopend | {DutchText.Date(Time.DutchTime.Today(file.OpenedAt))} |")
                .AppendLine($"| {(own ? "Gesloten" : "Afgerond")} | {DutchText.Date(run.Today)} |")
                .AppendLine($"| Documenten | {file.Documents.Count + 1} |")
                .AppendLine($"| Besluiten | {DecisionFact.All(file).Count} |")
                .AppendLine($"| Berichten | {MessageFact.All(file).Count} |")
                .AppendLine($"| Lopende termijnen | {(running.Count == 0 ? "geen" : string.Join(", ", running))} |");
            var document = run.Document(DocumentKinds.Afsluiting, own ? $"Afsluiting: {resultaat}" : $"Afronding {zaaktype}: {resultaat}", text.ToString());
            run.Store(document, facts: new JsonObject { ["resultaat"] = resultaat, ["zaaktype"] = zaaktype });
            var now = run.Now;
            var actor = run.Actor;
            if (own)
                run.Change(f =>
                {
                    // Applied again to the latest stored version at commit: someone may have closed it in between.
                    if (f.Status == CaseFileStatus.Closed) return;
                    f.Status = CaseFileStatus.Closed;
                    f.ClosedAt = now;
                    f.AddEvent(CaseEventKinds.CaseClosed, actor, now, instanceId: run.Instance.Id,
                        details: new JsonObject { ["resultaat"] = resultaat, ["instances"] = f.InstanceIds.Count });
                });
            else
                run.Note(CaseEventKinds.SubflowFinished, new JsonObject { ["zaaktype"] = zaaktype, ["resultaat"] = resultaat });
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), new JsonObject
            {
                ["closed"] = own,
                ["alreadyClosed"] = false,
                ["resultaat"] = resultaat,
                ["documentId"] = document.Id,
            });
        }
    }
}
