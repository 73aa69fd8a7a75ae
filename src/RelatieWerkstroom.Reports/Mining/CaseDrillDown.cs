using System.Globalization;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Casework.Journal;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Privacy;

namespace RelatieWerkstroom.Reports.Mining;

/// <summary>Which cases behind a figure: the report filter plus what the figure is about.</summary>
/// <param name="Origin">Cases that executed a step of this rule origin (burden by origin).</param>
/// <param name="StepId">Cases that executed this step (hotspots, process map).</param>
/// <param name="DiscretionId">Cases with a decision at this discretion point (discretion per team).</param>
/// <param name="DecisionOption">Cases decided with this option (bezwaar per decision option).</param>
public sealed record CaseCriteria(string? Origin = null, string? StepId = null, string? DiscretionId = null, string? DecisionOption = null);

/// <summary>One page of pseudonymised cases behind a figure.</summary>
/// <param name="Total">Cases that match; withheld (0, with <paramref name="Suppressed"/>) when fewer than the threshold.</param>
/// <param name="Suppressed">True when fewer cases than the threshold match: showing them would undo the report's suppression.</param>
public sealed record CasePage(IReadOnlyList<DrillCase> Cases, int Total, int Page, int PageSize, bool Suppressed, int SmallGroupThreshold);

/// <summary>A case as an auditor sees it: a pseudonym, its workflow and team, and what happened when, without any personal data.</summary>
/// <param name="Pseudonym">Keyed hash of the case id (the same in the XES and OCEL exports with the same key).</param>
/// <param name="IntakeDate">The day of the case's first journal event (Amsterdam time).</param>
/// <param name="Open">True when an instance of the case was still running at the end of the journal.</param>
/// <param name="LeadDays">Days from intake to the last event.</param>
public sealed record DrillCase(string Pseudonym, string Workflow, string? WorkflowName, int Version, string Team, string IntakeDate, bool Open, int LeadDays,
    IReadOnlyList<TimelineEvent> Timeline);

/// <summary>One event of a case's timeline: only codes from the definitions, never a typed-in text, form value, name or user.</summary>
/// <param name="Date">The day (Amsterdam time).</param>
/// <param name="Day">Days since intake.</param>
/// <param name="Kind">What happened: a journal event kind (InstanceStarted, ActivityCompleted, DiscretionDecided, ClockSuspended, DecisionTaken, …).</param>
/// <param name="Workflow">The workflow of the instance the event belongs to.</param>
/// <param name="Step">The step's name, when the event belongs to a step.</param>
/// <param name="Role">The role that acted (a known role, never a person).</param>
/// <param name="Origin">The rule origin of the step.</param>
/// <param name="Option">The option chosen (discretion, decision).</param>
/// <param name="Deviation">True when a discretion decision deviated from the default.</param>
/// <param name="Clock">The legal clock concerned.</param>
public sealed record TimelineEvent(string Date, int Day, string Kind, string Workflow, string? Step, string? Role, string? Origin, string? Option, bool? Deviation,
    string? Clock);

/// <summary>Finds the cases behind a figure in one pass over the journal and pseudonymises them.</summary>
public sealed class CaseDrillDown
{
    /// <summary>The longest timeline kept per case.</summary>
    public const int MaxTimeline = 300;

    private static readonly HashSet<string> Shown = new(StringComparer.Ordinal)
    {
        JournalEvents.InstanceStarted, JournalEvents.InstanceFinished, JournalEvents.InstanceCancelled, JournalEvents.InstanceFaulted,
        JournalEvents.ActivityCompleted, CaseworkEvents.TaskClaimed, CaseworkEvents.DiscretionDecided, CaseworkEvents.ClockStarted,
        CaseworkEvents.ClockSuspended, CaseworkEvents.ClockResumed, CaseworkEvents.ClockExtended, CaseworkEvents.ClockStopped,
        CaseworkEvents.ClockExpired, CaseworkEvents.ClockWarning, CaseworkEvents.ClockBreached, CaseworkEvents.IngebrekestellingReceived,
        CaseworkEvents.DecisionTaken, CaseworkEvents.BezwaarReceived, CaseworkEvents.DocumentGenerated, CaseworkEvents.RedTapeFlagged,
    };

    private readonly ReportOptions _options;
    private readonly Pseudonymizer _pseudonymizer;

    /// <summary>A drill-down over the cases the options select.</summary>
    public CaseDrillDown(ReportOptions options, Pseudonymizer pseudonymizer)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _pseudonymizer = pseudonymizer ?? throw new ExportRefusedException("Geen pseudonimiseringssleutel: zaken kunnen niet gepseudonimiseerd worden getoond.");
    }

    /// <summary>Reads the journal once; returns page <paramref name="page"/> (from 1) of the matching cases, latest intake first.</summary>
    public async Task<CasePage> FindAsync(IAsyncEnumerable<JournalEntry> journal, CaseCriteria criteria, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var catalog = new StepCatalog(_options.Definitions);
        var scope = new CaseScope<CaseTrace>(_options, info => new CaseTrace(info));
        var traces = new Dictionary<string, CaseTrace>(StringComparer.Ordinal);

        void Fold(CaseTrace trace, bool open)
        {
            // A case that comes back after all its instances finished (a bezwaar) is one case, not two.
            if (traces.TryGetValue(trace.Info.CaseId, out var earlier))
            {
                earlier.Merge(trace);
                earlier.Open = open;
            }
            else
            {
                trace.Open = open;
                traces[trace.Info.CaseId] = trace;
            }
        }

        await foreach (var entry in journal.WithCancellation(cancellationToken))
        {
            var slot = scope.Enter(entry);
            if (slot.State is { } trace) Observe(trace, entry, catalog, criteria);
            if (scope.Leave(entry, slot) && slot.State is { } closed) Fold(closed, open: false);
        }

        foreach (var slot in scope.DrainOpen())
        {
            if (slot.State is { } open) Fold(open, open: true);
        }

        var matching = traces.Values.Where(t => t.Matches(criteria)).OrderByDescending(t => t.Info.FirstEvent).ThenBy(t => t.Info.CaseId, StringComparer.Ordinal).ToList();
        var threshold = _options.SmallGroupThreshold;
        if (matching.Count < threshold) return new CasePage([], 0, page, pageSize, true, threshold);
        var cases = matching.Skip((page - 1) * pageSize).Take(pageSize).Select(t => ToCase(t, catalog)).ToList();
        return new CasePage(cases, matching.Count, page, pageSize, false, threshold);
    }

    private void Observe(CaseTrace trace, JournalEntry entry, StepCatalog catalog, CaseCriteria criteria)
    {
        var step = catalog.Of(entry);
        var payload = PayloadFields.Parse(entry.PayloadJson, out _);
        switch (entry.Kind)
        {
            case JournalEvents.ActivityCompleted when step is { IsSignificant: true }:
                trace.Origins.Add(step.Friction.Origin);
                trace.Steps.Add(step.StepId);
                break;
            case CaseworkEvents.DiscretionDecided:
                if (TextGuard.Code(payload.String(CaseworkFields.DiscretionId)) is { } discretionId) trace.DiscretionPoints.Add(discretionId);
                if (TextGuard.Code(payload.String(CaseworkFields.Option)) is { } chosen) trace.DiscretionOptions.Add(chosen);
                break;
            case CaseworkEvents.DecisionTaken:
                if (TextGuard.Code(payload.String(CaseworkFields.DecisionOption)) is { } decision) trace.DecisionOptions.Add(decision);
                break;
        }

        trace.Last = entry.Timestamp > trace.Last ? entry.Timestamp : trace.Last;
        if (!Shown.Contains(entry.Kind) || trace.Timeline.Count >= MaxTimeline) return;
        if (entry.Kind == JournalEvents.ActivityCompleted && step is not { IsSignificant: true }) return;
        var option = entry.Kind switch
        {
            CaseworkEvents.DiscretionDecided => TextGuard.Code(payload.String(CaseworkFields.Option)),
            CaseworkEvents.DecisionTaken => TextGuard.Code(payload.String(CaseworkFields.DecisionOption)),
            _ => null,
        };
        bool? deviation = entry.Kind == CaseworkEvents.DiscretionDecided ? payload.Bool(CaseworkFields.Deviation) ?? false : null;
        var clock = entry.Kind.StartsWith("Clock", StringComparison.Ordinal) ? TextGuard.Code(payload.String(CaseworkFields.Clock)) : null;
        var role = catalog.Role(payload.String(CaseworkFields.Role) ?? step?.Friction.Actor);
        trace.Timeline.Add((entry.Timestamp, entry.Kind, TextGuard.Code(entry.DefinitionId) ?? "onbekend",
            step is { } s && entry.Kind != JournalEvents.InstanceStarted ? s.StepName : null, role,
            step is { Friction.IsAnnotated: true } annotated ? annotated.Friction.Origin : null, option, deviation, clock));
    }

    private DrillCase ToCase(CaseTrace trace, StepCatalog catalog)
    {
        var zone = _options.TimeZone;
        DateOnly DateOf(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime);
        var intake = DateOf(trace.Info.FirstEvent);
        var timeline = trace.Timeline
            .OrderBy(e => e.At)
            .Select(e => new TimelineEvent(DateOf(e.At).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateOf(e.At).DayNumber - intake.DayNumber,
                e.Kind, e.Workflow, e.Step, e.Role, e.Origin, e.Option, e.Deviation, e.Clock))
            .ToList();
        return new DrillCase(_pseudonymizer.Case(trace.Info.CaseId), trace.Info.Workflow, catalog.WorkflowName(trace.Info.Workflow), trace.Info.Version,
            trace.Info.Team, intake.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), trace.Open, DateOf(trace.Last).DayNumber - intake.DayNumber, timeline);
    }

    private sealed class CaseTrace(CaseInfo info)
    {
        public CaseInfo Info { get; } = info;
        public bool Open { get; set; }
        public DateTimeOffset Last { get; set; } = info.FirstEvent;
        public HashSet<string> Origins { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Steps { get; } = new(StringComparer.Ordinal);
        public HashSet<string> DiscretionPoints { get; } = new(StringComparer.Ordinal);
        public HashSet<string> DiscretionOptions { get; } = new(StringComparer.Ordinal);
        public HashSet<string> DecisionOptions { get; } = new(StringComparer.Ordinal);

        public List<(DateTimeOffset At, string Kind, string Workflow, string? Step, string? Role, string? Origin, string? Option, bool? Deviation, string? Clock)> Timeline { get; } = [];

        public bool Matches(CaseCriteria c) =>
            (c.Origin is null || Origins.Contains(c.Origin))
            && (c.StepId is null || Steps.Contains(c.StepId))
            && (c.DiscretionId is null || DiscretionPoints.Contains(c.DiscretionId))
            // The bezwaar figure counts a case's decision options, or its discretion options when it has no decision.
            && (c.DecisionOption is null || DecisionOptions.Contains(c.DecisionOption) || (DecisionOptions.Count == 0 && DiscretionOptions.Contains(c.DecisionOption)));

        public void Merge(CaseTrace later)
        {
            Origins.UnionWith(later.Origins);
            Steps.UnionWith(later.Steps);
            DiscretionPoints.UnionWith(later.DiscretionPoints);
            DiscretionOptions.UnionWith(later.DiscretionOptions);
            DecisionOptions.UnionWith(later.DecisionOptions);
            Timeline.AddRange(later.Timeline.Take(MaxTimeline - Timeline.Count));
            if (later.Last > Last) Last = later.Last;
        }
    }
}
