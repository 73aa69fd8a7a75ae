using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Messages;

namespace RelatieWerkstroom.Casework.Steps.Procurement;

/// <summary>
/// Sends the gunningsbeslissing with its relevant reasons to every inschrijver (Aanbestedingswet 2012 art. 1.15 lid 2,
/// 2.130): the decision with the ranking stored with the case, and one <see cref="Gunningsbericht"/> per inschrijver in
/// the outbox. The inschrijvingen come from the input, else from the case: form value <c>rangorde</c> (one inschrijver
/// per line, best first), <c>aantal</c> (numbered inschrijvers) and <c>winnaar</c>. The award criterion is the
/// discretion decision <c>emvi</c>/<c>laagsteprijs</c> taken on the case. The letters state the standstill period of
/// the settings. Journals <c>DocumentGenerated</c> and one <c>MessageQueued</c> per inschrijver, with <c>tenderId</c>
/// and <c>providerId</c>.
/// </summary>
public static partial class SendAwardLetter
{
    /// <summary>The award to send.</summary>
    /// <param name="Procedure">The procedure, e.g. <c>meervoudig-onderhands</c>.</param>
    /// <param name="Ontvangers">Who receives it (informative; always every inschrijver).</param>
    /// <param name="MetRedenen">Whether reasons are given (required by art. 1.15 lid 2 and 2.130; false is refused).</param>
    /// <param name="Zaaktype">The zaaktype.</param>
    /// <param name="Inschrijvingen">The inschrijvingen, best first unless ranked or scored.</param>
    /// <param name="Winnaar">The inschrijver to award to; the best ranked when not given.</param>
    public sealed record Command(
        string? Procedure = null,
        string? Ontvangers = null,
        bool? MetRedenen = null,
        string? Zaaktype = null,
        IReadOnlyList<Inschrijving>? Inschrijvingen = null,
        string? Winnaar = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Ranks the inschrijvingen, writes the decision and stages the letters.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(SendAwardLetter));
            if (request.MetRedenen == false)
                throw run.Problem("metRedenen is false, but a gunningsbeslissing must give the relevant reasons (Aanbestedingswet 2012 art. 1.15 lid 2, 2.130)");
            var file = await run.OpenCaseFileAsync();
            var ranked = Rank(run, file, request.Inschrijvingen);
            var winner = request.Winnaar?.Trim() ?? StepRun.FormText(file, "winnaar") ?? ranked[0].Inschrijver;
            if (!ranked.Any(i => i.Inschrijver.Equals(winner, StringComparison.OrdinalIgnoreCase)))
                throw run.Problem($"winnaar '{winner}' is not one of the inschrijvers: {string.Join(", ", ranked.Select(i => i.Inschrijver))}");
            winner = ranked.First(i => i.Inschrijver.Equals(winner, StringComparison.OrdinalIgnoreCase)).Inschrijver;
            var criterium = Enumerable.Reverse(file.Decisions).Select(d => d.Option.ToLowerInvariant()).FirstOrDefault(o => o is "emvi" or "laagsteprijs") switch
            {
                "laagsteprijs" => "laagste prijs",
                _ => "beste prijs-kwaliteitverhouding (EMVI)",
            };
            var days = run.Settings.StandstillDays;
            var tenderId = TenderFacts.TenderId(file) ?? run.NewId("aanbesteding");
            var document = run.Document(DocumentKinds.Gunningsbeslissing, $"Gunningsbeslissing ({tenderId})", "");
            var ranking = ranked.Select(i => new GunningsbeslissingBuilder.Ranked(i.Inschrijver, i.Rang!.Value, i.Score)).ToList();
            var letters = GunningsbeslissingBuilder.Letters(tenderId, ranking, winner, criterium, days, document.Id);
            document = document with
            {
                Content = GunningsbeslissingBuilder.Render(run.Settings.Municipality, tenderId, request.Procedure, run.Today, criterium, winner, letters, days),
            };
            var ids = new JsonObject { ["tenderId"] = tenderId };
            run.Store(document, ids, new JsonObject { ["winnaar"] = winner, ["inschrijvers"] = ranked.Count });
            foreach (var letter in letters)
                run.Queue(run.Message(file.Id, MessageKinds.Gunningsbericht, letter.Inschrijver, MessageJson.Serialize(letter)),
                    new JsonObject { ["tenderId"] = tenderId, ["providerId"] = StepRun.ProviderReference(letter.Inschrijver) },
                    new JsonObject { ["documentId"] = document.Id, ["uitkomst"] = letter.Uitkomst });
            return new StepResult(run.Outcome(StepResult.DefaultOutcome), new JsonObject
            {
                ["tenderId"] = tenderId,
                ["documentId"] = document.Id,
                ["winnaar"] = winner,
                ["inschrijvers"] = ranked.Count,
            });
        }

        private static List<Inschrijving> Rank(StepRun run, CaseFile file, IReadOnlyList<Inschrijving>? given)
        {
            var list = given is { Count: > 0 } ? given.ToList() : FromCase(file);
            if (list.Count == 0)
                throw run.Problem("no inschrijvingen: give input 'inschrijvingen' or record them on the case (form values 'rangorde' or 'aantal')");
            var blank = list.FindIndex(i => string.IsNullOrWhiteSpace(i.Inschrijver));
            if (blank >= 0) throw run.Problem($"inschrijvingen[{blank}] has no inschrijver");
            var duplicate = list.GroupBy(i => i.Inschrijver.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw run.Problem($"inschrijver '{duplicate.Key}' appears twice");
            IEnumerable<Inschrijving> ordered = list.All(i => i.Rang is not null) ? list.OrderBy(i => i.Rang)
                : list.All(i => i.Score is not null) ? list.OrderByDescending(i => i.Score)
                : list;
            return [.. ordered.Select((i, index) => i with { Inschrijver = i.Inschrijver.Trim(), Rang = index + 1 })];
        }

        private static List<Inschrijving> FromCase(CaseFile file)
        {
            if (StepRun.FormText(file, "rangorde") is { } rangorde)
            {
                var lines = rangorde.Split('\n').Select(l => Numbering().Replace(l, "").Trim()).Where(l => l.Length > 0).ToList();
                if (lines.Count > 0) return [.. lines.Select(l => new Inschrijving(l))];
            }
            if (int.TryParse(StepRun.FormText(file, "aantal"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 0)
            {
                var winner = StepRun.FormText(file, "winnaar");
                var names = Enumerable.Range(1, count).Select(n => $"inschrijver-{n}").ToList();
                if (winner is not null) names[0] = winner;
                return [.. names.Select(n => new Inschrijving(n))];
            }
            return StepRun.FormText(file, "winnaar") is { } only ? [new Inschrijving(only)] : [];
        }
    }

    [GeneratedRegex(@"^\s*(\d+[.)]|[-*•])\s*")]
    private static partial Regex Numbering();
}
