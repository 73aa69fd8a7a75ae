using System.Diagnostics;
using System.Threading.Channels;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Service;
using RelatieWerkstroom.Simulation;
using RelatieWerkstroom.Web.Hosting;

namespace RelatieWerkstroom.Web.WhatIf;

/// <summary>
/// What-if before publishing: runs the caseload simulator in memory on a candidate version (the draft) and on the
/// published version with the same seed and caseload, analyses both journals with the friction analysis, and returns the
/// figures side by side. Nothing is stored. One run at a time per host, so designers cannot starve the casework.
/// </summary>
public sealed class WhatIfSimulation(
    IWorkflowDefinitionStore store,
    ReportSettings reportSettings,
    IMunicipalitySettings municipality,
    HostSettings host)
{
    /// <summary>The most cases one run may simulate (per version).</summary>
    public const int MaxCases = 2000;

    /// <summary>The longest period one run may cover.</summary>
    public const int MaxMonths = 24;

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private readonly Lazy<SimulationSettings> _settings = new(() => LoadSettings(host));

    /// <summary>What is wrong with the sizes asked for (field, message), empty when they may run.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(int cases, int months)
    {
        if (cases < 1 || cases > MaxCases)
            yield return ("cases", $"Kies 1 tot {MaxCases} zaken; {cases} is buiten dat bereik (cases must be 1-{MaxCases})");
        if (months < 1 || months > MaxMonths)
            yield return ("months", $"Kies 1 tot {MaxMonths} maanden; {months} is buiten dat bereik (months must be 1-{MaxMonths})");
    }

    /// <summary>
    /// Simulates <paramref name="draft"/> and the published version of the same workflow (when there is one). Throws
    /// <c>DefinitionValidationException</c> when the draft has problems (it could not run), and
    /// <see cref="ArgumentOutOfRangeException"/> for sizes outside <see cref="Problems"/>.
    /// </summary>
    public async Task<WhatIfResult> RunAsync(WorkflowDefinition draft, int cases, int months, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Problems(cases, months).Any()) throw new ArgumentOutOfRangeException(nameof(cases), "cases or months outside the allowed range");
        var time = Stopwatch.StartNew();
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            // One read for all published versions (not one per workflow): the draft's own is the comparison, the others are
            // the sub-workflows (a bezwaar started from a decision), which run on their published versions in both runs.
            var publishedVersions = await store.ListPublishedAsync(cancellationToken);
            var published = publishedVersions.FirstOrDefault(d => d.DefinitionId == draft.DefinitionId);
            var others = publishedVersions.Where(d => d.DefinitionId != draft.DefinitionId).ToList();

            // The candidate runs as if it were published, under an id of its own so it cannot be mistaken for a stored version.
            var candidate = draft.WithVersion(draft.Id + "~what-if", draft.Version, isLatest: true, isPublished: true);
            // The two runs share nothing but their inputs: side by side they take the time of one on a machine with two cores.
            // Each run gets its own copies: JSON documents are not safe to read from two threads at once.
            var draftOthers = Copies(others);
            var draftRun = Task.Run(() => SimulateAsync(candidate, draftOthers, cases, months, seed, cancellationToken), cancellationToken);
            var publishedRun = published is null
                ? Task.FromResult<WhatIfFigures?>(null)
                : Task.Run<WhatIfFigures?>(async () => await SimulateAsync(Copy(published), Copies(others), cases, months, seed, cancellationToken), cancellationToken);
            await Task.WhenAll(draftRun, (Task)publishedRun);
            return new WhatIfResult(draft.DefinitionId, draft.Name, cases, months, seed, Start(months).From, Start(months).To,
                await draftRun, await publishedRun, Math.Round(time.Elapsed.TotalSeconds, 2));
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static WorkflowDefinition Copy(WorkflowDefinition definition) =>
        WorkflowDefinitionReader.Read((System.Text.Json.Nodes.JsonObject)definition.Document.DeepClone());

    private static List<WorkflowDefinition> Copies(IEnumerable<WorkflowDefinition> definitions) => [.. definitions.Select(Copy)];

    private (DateOnly From, DateOnly To) Start(int months) => (_settings.Value.Start, _settings.Value.Start.AddMonths(months));

    private async Task<WhatIfFigures> SimulateAsync(WorkflowDefinition version, IReadOnlyList<WorkflowDefinition> others, int cases, int months,
        int seed, CancellationToken cancellationToken)
    {
        var settings = _settings.Value;
        settings = settings with { Workflows = [WorkflowFor(version, settings)] };
        var request = new SimulationRequest(cases, months, seed, settings, [version, .. others], municipality as MunicipalitySettings)
        {
            DefinitionsAreStoredVersions = true,
        };

        // The journal goes straight into the analysis on another thread, so it is never held in memory as a whole.
        var journal = Channel.CreateUnbounded<JournalEntry>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var options = new ReportOptions
        {
            Workflows = new HashSet<string>([version.DefinitionId], StringComparer.Ordinal),
            // Simulated cases hold no personal data; small groups need no suppression here.
            SmallGroupThreshold = 1,
            // Its own copies again: the analysis reads them while the simulator runs.
            Definitions = Copies([version, .. others]),
            Tariffs = reportSettings.Tariffs,
            Dwangsom = reportSettings.Dwangsom,
            AsOf = DutchTime.Today(request.EndMoment).AddDays(-1),
        };
        var analysis = Task.Run(() => new FrictionAnalyzer(options).AnalyzeAsync(journal.Reader.ReadAllAsync(cancellationToken), cancellationToken), cancellationToken);
        SimulationOutcome outcome;
        try
        {
            await using var simulator = new CaseloadSimulator(request, entry => journal.Writer.TryWrite(entry));
            outcome = await simulator.RunAsync(null, cancellationToken);
        }
        finally
        {
            journal.Writer.TryComplete();
        }
        var report = await analysis;
        return WhatIfFigures.From(version, outcome, report);
    }

    // The reference workflows have their mix and behaviour in the simulation settings; any other workflow gets the
    // generic caseworkers (first action, required fields filled, the default option at the team's deviation rate).
    private SimulatedWorkflow WorkflowFor(WorkflowDefinition version, SimulationSettings settings)
    {
        if (settings.Workflows.FirstOrDefault(w => w.DefinitionId == version.DefinitionId) is { } known) return known with { Share = 1 };
        var teams = settings.Workflows.FirstOrDefault(w => w.HasSubject)?.Teams
            ?? (municipality as MunicipalitySettings)?.Teams.Select(t => t.Id).Take(1).ToList()
            ?? ["wijkteam-noord"];
        var zaaktype = version.CustomProperties["zaaktype"] is System.Text.Json.Nodes.JsonValue z && z.TryGetValue<string>(out var text) && text.Length > 0
            ? text : version.DefinitionId;
        return new SimulatedWorkflow(version.DefinitionId, zaaktype, 1, teams, HasSubject: true, version.Name, Decision: null);
    }

    private static SimulationSettings LoadSettings(HostSettings host)
    {
        var file = Path.Combine(host.WorkflowsFolder, "settings", "simulation.json");
        return File.Exists(file) ? SimulationSettingsLoader.LoadFile(file) : SimulationSettings.Default;
    }
}

/// <summary>
/// The outcome of a what-if: the draft's figures beside the published version's, same seed and caseload, simulated from
/// <c>From</c> up to (not including) <c>To</c>. <c>Published</c> is null when the workflow has no published version yet;
/// <c>Seconds</c> is how long the runs took on the server.
/// </summary>
public sealed record WhatIfResult(string DefinitionId, string Name, int Cases, int Months, int Seed, DateOnly From, DateOnly To,
    WhatIfFigures Draft, WhatIfFigures? Published, double Seconds);

/// <summary>
/// The friction figures of one simulated version. <c>CasesFinished</c>: instances that ended within the period;
/// <c>Breaches</c>: statutory deadlines of the municipality passed without a decision (not local norms, not the citizen's
/// terms); <c>Problems</c>: events the simulation could not carry out (e.g. a task that faulted), the first few listed.
/// </summary>
public sealed record WhatIfFigures(
    int Version,
    bool IsPublished,
    int CasesOpened,
    int CasesFinished,
    int TasksCompleted,
    int Decisions,
    IReadOnlyList<WhatIfLeadTime> LeadTimes,
    IReadOnlyList<WhatIfOriginBurden> BurdenByOrigin,
    WhatIfBurdenTotal Burden,
    int Breaches,
    int BreachWarnings,
    decimal DwangsomOwed,
    IReadOnlyList<WhatIfBreach> BreachesByClock,
    double? DeviationRate,
    IReadOnlyList<WhatIfDiscretion> Discretion,
    IReadOnlyList<string> Problems)
{
    internal static WhatIfFigures From(WorkflowDefinition version, SimulationOutcome outcome, FrictionReport report)
    {
        var leadTimes = report.LeadTimes.GroupBy(r => r.Clock, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var decided = g.Sum(r => r.Decided ?? 0);
            var within = g.Sum(r => r.WithinTerm ?? 0);
            var days = g.Sum(r => (r.MeanLeadTimeDays ?? 0) * (r.Decided ?? 0));
            return new WhatIfLeadTime(g.Key, g.Select(r => r.LegalBasis).FirstOrDefault(b => b is not null), g.Select(r => r.Term).FirstOrDefault(t => t is not null),
                decided, within, g.Sum(r => r.Open ?? 0),
                decided == 0 ? null : Math.Round(100.0 * within / decided, 1), decided == 0 ? null : Math.Round(days / decided, 1));
        }).ToList();
        var origins = RuleOrigin.All.Select(o => report.BurdenByOrigin.FirstOrDefault(r => r.Origin == o) is { } r
                ? new WhatIfOriginBurden(o, r.Executions ?? 0, r.ProfessionalHours ?? 0, r.ProfessionalEuros ?? 0, r.CitizenHours ?? 0, r.CitizenOutOfPocket ?? 0)
                : new WhatIfOriginBurden(o, 0, 0, 0, 0, 0))
            .Where(r => r.Origin != RuleOrigin.Unknown || r.Executions > 0).ToList();
        var breaches = report.Breaches.GroupBy(r => r.Clock, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new WhatIfBreach(g.Key, g.Sum(r => r.Breached ?? 0), g.Sum(r => r.Warnings ?? 0))).ToList();
        var names = DiscretionNames(version);
        var discretion = report.Discretion.GroupBy(r => r.DiscretionId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var decisions = g.Sum(r => r.Decisions ?? 0);
            var deviations = g.Sum(r => r.Deviations ?? 0);
            return new WhatIfDiscretion(g.Key, names.GetValueOrDefault(g.Key), decisions, deviations,
                decisions == 0 ? null : Math.Round((double)deviations / decisions, 3));
        }).ToList();
        return new WhatIfFigures(version.Version, version.IsPublished && !version.Id.EndsWith("~what-if", StringComparison.Ordinal),
            outcome.CasesOpened, outcome.InstancesFinished, outcome.TasksCompleted, outcome.Decisions, leadTimes, origins,
            new WhatIfBurdenTotal(Math.Round(origins.Sum(o => o.ProfessionalHours), 2), origins.Sum(o => o.ProfessionalEuros),
                Math.Round(origins.Sum(o => o.CitizenHours), 2), origins.Sum(o => o.CitizenOutOfPocket)),
            report.Summary.Breaches ?? 0, breaches.Sum(b => b.Warnings), report.Summary.DwangsomOwed ?? 0, breaches,
            report.Summary.DeviationRate is { } rate ? Math.Round(rate, 3) : null, discretion, outcome.Problems);
    }

    // Discretion ids name the legal choice (RW1-DP1); the designer knows the step by its name.
    private static Dictionary<string, string> DiscretionNames(WorkflowDefinition version)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var activity in version.Activities)
        {
            if (!activity.Type.EndsWith("DiscretionPoint", StringComparison.Ordinal)) continue;
            var id = activity.Input("discretionId")?.Text;
            var name = activity.Name is { Length: > 0 } n ? n : activity.Id;
            names.TryAdd(string.IsNullOrEmpty(id) ? activity.Id : id, name);
            names.TryAdd(activity.Id, name);
        }
        return names;
    }
}

/// <summary>Lead time against one statutory term, over every team and month.</summary>
public sealed record WhatIfLeadTime(string Clock, string? LegalBasis, string? Term, int Decided, int WithinTerm, int Open,
    double? PercentWithinTerm, double? MeanLeadTimeDays);

/// <summary>Burden of one rule origin: professional hours and euros (SKM tariffs), citizen hours and costs.</summary>
public sealed record WhatIfOriginBurden(string Origin, int Executions, double ProfessionalHours, decimal ProfessionalEuros, double CitizenHours,
    decimal CitizenOutOfPocket);

/// <summary>Burden over every origin.</summary>
public sealed record WhatIfBurdenTotal(double ProfessionalHours, decimal ProfessionalEuros, double CitizenHours, decimal CitizenOutOfPocket);

/// <summary>Breaches and warnings of one statutory term of the municipality.</summary>
public sealed record WhatIfBreach(string Clock, int Breached, int Warnings);

/// <summary>Use of one discretion point: decisions and how often the default was departed from.</summary>
public sealed record WhatIfDiscretion(string DiscretionId, string? Name, int Decisions, int Deviations, double? DeviationRate);
