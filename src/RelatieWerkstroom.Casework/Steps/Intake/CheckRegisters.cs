using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Registers;

namespace RelatieWerkstroom.Casework.Steps.Intake;

/// <summary>
/// Consults registers instead of asking the citizen or aanbieder for data they already hold (once-only, e.g. Wmo 2015
/// art. 2.3.8 lid 2) through <see cref="IRegisterLookup"/>. The answers (statuses and coded facts, no personal data) are
/// stored with the case as a <c>registerraadpleging</c>. Outcome <c>Bekend</c> when every register knows the subject,
/// otherwise <c>Onbekend</c>, when the step declares those; otherwise <c>Done</c>. Outputs <c>registers</c>
/// (register → status), <c>facts</c> (register → facts) and <c>allKnown</c>.
/// </summary>
public static class CheckRegisters
{
    /// <summary>The outcome when every register knows the subject.</summary>
    public const string Bekend = "Bekend";

    /// <summary>The outcome when at least one register does not know the subject or could not be consulted.</summary>
    public const string Onbekend = "Onbekend";

    /// <summary>Which registers, for which purpose.</summary>
    /// <param name="Registers">The registers to consult, e.g. <c>BRP</c>, <c>CAK</c>, <c>Wlz-register</c> (at least one).</param>
    /// <param name="Zaaktype">The zaaktype; the case file's when not given.</param>
    /// <param name="Doel">The purpose (doelbinding), recorded with the answers.</param>
    /// <param name="Organisatie">For a case about an organisation (toelating): its reference, e.g. the KvK or AGB number.</param>
    public sealed record Command(IReadOnlyList<string>? Registers, string? Zaaktype = null, string? Doel = null, string? Organisatie = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Asks every register and stores the answers.</summary>
    public sealed class Handler(IRegisterLookup registers) : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(CheckRegisters));
            var names = (request.Registers ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (names.Count == 0) throw run.Problem("input 'registers' must name at least one register, e.g. [\"BRP\"]");
            var file = await run.OpenCaseFileAsync();
            var purpose = string.IsNullOrWhiteSpace(request.Doel) ? $"behandeling zaak {file.Id}" : request.Doel.Trim();
            var reference = file.SubjectId ?? (request.Organisatie?.Trim() is { Length: > 0 } org ? org : "zaak:" + file.Id);

            var answers = new List<RegisterAnswer>();
            foreach (var name in names) answers.Add(await registers.LookupAsync(name, reference, purpose, cancellationToken));

            var statuses = new JsonObject();
            var facts = new JsonObject();
            foreach (var answer in answers)
            {
                statuses[answer.Register] = answer.Status.ToString();
                facts[answer.Register] = new JsonObject([.. answer.Facts.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value))]);
            }
            var allKnown = answers.All(a => a.Status == RegisterStatus.Bekend);
            var content = new JsonObject
            {
                ["zaak"] = file.Id,
                ["zaaktype"] = request.Zaaktype ?? file.Zaaktype,
                ["betrokkene"] = file.SubjectId is null ? reference : SubjectPlaceholder.For(file.SubjectId),
                ["doel"] = purpose,
                ["geraadpleegdOp"] = run.Now.ToString("O"),
                ["antwoorden"] = new JsonArray([.. answers.Select(a => (JsonNode?)new JsonObject
                {
                    ["register"] = a.Register,
                    ["status"] = a.Status.ToString(),
                    ["feiten"] = facts[a.Register]!.DeepClone(),
                    ["bron"] = a.Source,
                })]),
            };
            run.Store(run.Document(DocumentKinds.Registerraadpleging, $"Raadpleging {string.Join(", ", names)}",
                content.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), "application/json"));
            run.Note(CaseEventKinds.RegistersConsulted, new JsonObject { ["registers"] = statuses.DeepClone(), ["allKnown"] = allKnown });

            var outputs = new JsonObject { ["registers"] = statuses, ["facts"] = facts, ["allKnown"] = allKnown };
            return new StepResult(run.Outcome(allKnown ? Bekend : Onbekend), outputs);
        }
    }
}
