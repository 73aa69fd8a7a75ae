using System.Globalization;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Steps;

namespace RelatieWerkstroom.Casework.Dwangsom;

/// <summary>
/// Where the dwangsom on the beslistermijn named by the workflow variable <c>Termijn</c> stands today (Awb 4:17), as the
/// dossier shows it (<see cref="DwangsomView"/>). Outcome <c>Loopt</c> while it still runs (no decision and fewer than 42
/// days); <c>Verschuldigd</c> once its last day is known, with outputs <c>laatsteDag</c> (the 4:18 term runs from it),
/// <c>vaststellenUiterlijk</c>, <c>dagen</c> and <c>bedrag</c>; <c>NietsVerschuldigd</c> when the decision came before
/// the first penalty day, so there is nothing to set.
/// </summary>
public static class DetermineDwangsom
{
    /// <summary>The dwangsom still runs.</summary>
    public const string Running = "Loopt";

    /// <summary>The last day is known and a dwangsom is owed.</summary>
    public const string Owed = "Verschuldigd";

    /// <summary>The decision came in time after the ingebrekestelling: nothing is owed.</summary>
    public const string NothingOwed = "NietsVerschuldigd";

    /// <summary>The step; the beslistermijn comes from the workflow variable <c>Termijn</c> unless given.</summary>
    /// <param name="Termijn">The beslistermijn, e.g. <c>beslistermijn</c>.</param>
    public sealed record Command(string? Termijn = null) : IStepRequest
    {
        /// <inheritdoc />
        public StepContext? Context { get; init; }
    }

    /// <summary>Reads the case file; changes nothing.</summary>
    public sealed class Handler : IRequestHandler<Command, StepResult>
    {
        /// <inheritdoc />
        public async Task<StepResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var run = StepRun.Current(nameof(DetermineDwangsom));
            var (clock, dwangsom) = await FindAsync(run, request.Termijn);
            if (!dwangsom.Final) return new StepResult(run.Outcome(Running), new JsonObject { ["dagen"] = dwangsom.Days });
            if (dwangsom.Days == 0 || dwangsom.LastDay is not { } lastDay)
                return new StepResult(run.Outcome(NothingOwed), new JsonObject { ["dagen"] = 0, ["bedrag"] = 0m });
            return new StepResult(run.Outcome(Owed), new JsonObject
            {
                ["laatsteDag"] = Iso(lastDay),
                ["vaststellenUiterlijk"] = Iso(dwangsom.VaststellingDueOn ?? DwangsomView.VaststellingDue(lastDay)),
                ["dagen"] = dwangsom.Days,
                ["bedrag"] = dwangsom.Amount,
                [DwangsomVaststelling.TermijnVariable] = clock.Name,
            });
        }
    }

    /// <summary>The beslistermijn and its dwangsom; a <see cref="StepRun.Problem"/> when either is missing.</summary>
    internal static async Task<(CaseClock Clock, DwangsomView Dwangsom)> FindAsync(StepRun run, string? termijn)
    {
        var name = termijn?.Trim() is { Length: > 0 } given ? given
            : run.Instance.Variables.GetValueOrDefault(DwangsomVaststelling.TermijnVariable)?.GetValue<string>()
            ?? throw run.Problem($"no beslistermijn: set the input termijn or the workflow variable {DwangsomVaststelling.TermijnVariable}");
        var file = await run.CaseFileAsync();
        var clock = file.Clock(name) ?? throw run.Problem($"case file '{file.Id}' has no clock '{name}'");
        var dwangsom = DwangsomView.For(clock, file, run.Today, run.Settings.Dwangsom)
            ?? throw run.Problem($"no ingebrekestelling was recorded for the {name} of case file '{file.Id}'");
        if (dwangsom.Premature) throw run.Problem($"the ingebrekestelling on the {name} of case file '{file.Id}' came before the term expired and has no effect (Awb 4:17 lid 3)");
        return (clock, dwangsom);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
