using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Privacy;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>
/// Legal clocks (termijnen): lead time and margin to the deadline, compliance, suspensions and extensions with their
/// reasons, breaches, ingebrekestellingen and the dwangsom owed or potentially owed.
/// </summary>
internal sealed class LegalClockMetric(MetricContext context) : IFrictionMetric
{
    private static readonly StringComparer Ord = StringComparer.Ordinal;
    private readonly Groups<Key, Accumulator> _groups = [];
    private readonly Groups<ReasonKey, CountAccumulator> _reasons = [];

    internal readonly record struct Key(string Workflow, int Version, string Team, string Period, string Clock);

    internal readonly record struct ReasonKey(string Workflow, string Clock, string Action, string Reason);

    internal sealed class Accumulator : Internal.Accumulator
    {
        public string? LegalBasis;
        public string? Term;
        public int Decided;
        public int Open;
        public int Within;
        public readonly Histogram LeadDays = new();
        public readonly Histogram MarginDays = new();
        public int Warnings;
        public int Breached;
        public int Ingebrekestellingen;
        public decimal DwangsomOwed;
        public decimal PotentialExposure;
        public int CasesSuspended;
        public int Suspensions;
        public int SuspendedDays;
        public int CasesExtended;
        public int Extensions;
    }

    public void Observe(ObservedEntry e)
    {
        switch (e.Entry.Kind)
        {
            case CaseworkEvents.ClockStarted or CaseworkEvents.ClockSuspended or CaseworkEvents.ClockResumed
                or CaseworkEvents.ClockExtended or CaseworkEvents.ClockStopped or CaseworkEvents.ClockWarning
                or CaseworkEvents.ClockBreached or CaseworkEvents.IngebrekestellingReceived:
                Clock(e);
                break;
        }
    }

    public void FoldCase(CaseWork work, DateOnly asOf)
    {
        foreach (var clock in work.Clocks.Values) FoldClock(work, clock, asOf);
    }

    /// <summary>Breached clocks over all clocks, per workflow (hotspot evidence).</summary>
    public Dictionary<string, double?> BreachRateByWorkflow() =>
        _groups.GroupBy(p => p.Key.Workflow).ToDictionary(g => g.Key,
            g => MetricContext.Rate(g.Sum(p => p.Value.Breached), g.Sum(p => p.Value.Decided + p.Value.Open)));

    public int Decided => _groups.Values.Sum(a => a.Decided);

    public int Breached => _groups.Values.Sum(a => a.Breached);

    public decimal DwangsomOwed => _groups.Values.Sum(a => a.DwangsomOwed);

    public decimal PotentialExposure => _groups.Values.Sum(a => a.PotentialExposure);

    /// <summary>The share of stopped clocks with a known deadline that stopped on or before it, in percent.</summary>
    public double? WithinPercent()
    {
        var measured = _groups.Values.Sum(a => a.MarginDays.Count);
        return measured == 0 ? null : Math.Round(100.0 * _groups.Values.Sum(a => a.Within) / measured, 1);
    }

    public IReadOnlyList<LeadTimeRow> LeadTimeRows() =>
        Ordered().Select(p =>
        {
            var (k, a) = (p.Key, p.Value);
            var s = context.Small(a.Cases);
            return new LeadTimeRow(k.Workflow, k.Version, k.Team, k.Period, k.Clock, a.LegalBasis, a.Term, a.Cases, s,
                s ? null : a.Decided, s ? null : a.Open, s ? null : a.Within,
                s || a.MarginDays.Count == 0 ? null : Math.Round(100.0 * a.Within / a.MarginDays.Count, 1),
                s ? null : a.LeadDays.Mean, s ? null : a.LeadDays.Quantile(0.5),
                s ? null : a.MarginDays.Min, s ? null : a.MarginDays.Quantile(0.1), s ? null : a.MarginDays.Quantile(0.5),
                s ? null : a.MarginDays.Quantile(0.9), s ? null : a.MarginDays.Max, a.Events);
        }).ToList();

    public IReadOnlyList<BreachRow> BreachRows()
    {
        var source = string.Join("; ", context.Options.Dwangsom.Tariffs.Select(t => t.Source));
        return Ordered().Select(p =>
        {
            var (k, a) = (p.Key, p.Value);
            var s = context.Small(a.Cases);
            return new BreachRow(k.Workflow, k.Version, k.Team, k.Period, k.Clock, a.Cases, s,
                s ? null : a.Warnings, s ? null : a.Breached, s ? null : MetricContext.Rate(a.Breached, a.Decided + a.Open),
                s ? null : a.Ingebrekestellingen, s ? null : a.DwangsomOwed, s ? null : a.PotentialExposure, source, a.Events);
        }).ToList();
    }

    public IReadOnlyList<SuspensionRow> SuspensionRows() =>
        Ordered().Select(p =>
        {
            var (k, a) = (p.Key, p.Value);
            var s = context.Small(a.Cases);
            return new SuspensionRow(k.Workflow, k.Version, k.Team, k.Period, k.Clock, a.Cases, s,
                s ? null : a.CasesSuspended, s ? null : a.Suspensions, s ? null : a.SuspendedDays,
                s || a.Suspensions == 0 ? null : Math.Round((double)a.SuspendedDays / a.Suspensions, 2),
                s ? null : a.CasesExtended, s ? null : a.Extensions, a.Events);
        }).ToList();

    public IReadOnlyList<DeadlineComplianceRow> ComplianceRows() =>
        _groups.GroupBy(p => (p.Key.Workflow, p.Key.Clock))
            .OrderBy(g => g.Key.Workflow, Ord).ThenBy(g => g.Key.Clock, Ord)
            .Select(g =>
            {
                var cases = g.Sum(p => p.Value.Cases);
                var s = context.Small(cases);
                var measured = g.Sum(p => p.Value.MarginDays.Count);
                var within = g.Sum(p => p.Value.Within);
                var clocks = g.Sum(p => p.Value.Decided + p.Value.Open);
                return new DeadlineComplianceRow(g.Key.Workflow, g.Key.Clock, cases, s,
                    s || measured == 0 ? null : Math.Round(100.0 * within / measured, 1),
                    s ? null : MetricContext.Rate(g.Sum(p => p.Value.Breached), clocks));
            }).ToList();

    public IReadOnlyList<ReasonRow> ReasonRows() =>
        _reasons.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Clock, Ord).ThenBy(p => p.Key.Action, Ord)
            .ThenByDescending(p => p.Value.Count).ThenBy(p => p.Key.Reason, Ord)
            .Select(p => new ReasonRow(p.Key.Workflow, p.Key.Clock, p.Key.Action, p.Key.Reason, p.Value.Cases, context.Small(p.Value.Cases),
                context.Small(p.Value.Cases) ? null : p.Value.Count))
            .ToList();

    private IEnumerable<KeyValuePair<Key, Accumulator>> Ordered() =>
        _groups.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.Team, Ord)
            .ThenBy(p => p.Key.Period, Ord).ThenBy(p => p.Key.Clock, Ord);

    private void Clock(ObservedEntry e)
    {
        var (work, payload) = (e.Work, e.Payload);
        var name = TextGuard.Code(payload.String(CaseworkFields.Clock)) ?? "onbekend";
        if (!work.Clocks.TryGetValue(name, out var clock))
        {
            clock = new ClockWork(name, e.Instance.Workflow, e.Instance.Version);
            work.Clocks[name] = clock;
        }

        clock.Events++;
        var day = e.Day;
        clock.LegalBasis ??= TextGuard.Code(payload.String(CaseworkFields.LegalBasis), 200);
        if (payload.Date(CaseworkFields.Deadline) is { } deadline) clock.Deadline = deadline;
        switch (e.Entry.Kind)
        {
            case CaseworkEvents.ClockStarted:
                clock.Start = day;
                clock.Term = TextGuard.Code(payload.String(CaseworkFields.Term));
                break;
            case CaseworkEvents.ClockSuspended:
                clock.Suspensions++;
                clock.SuspendedSince ??= day;
                Reason(work, clock, "opschorting", payload.String(CaseworkFields.Reason));
                break;
            case CaseworkEvents.ClockResumed:
                if (clock.SuspendedSince is { } since)
                {
                    clock.SuspendedDays += Math.Max(0, day.DayNumber - since.DayNumber);
                    clock.SuspendedSince = null;
                }

                break;
            case CaseworkEvents.ClockExtended:
                clock.Extensions++;
                Reason(work, clock, "verdaging", payload.String(CaseworkFields.Reason));
                break;
            case CaseworkEvents.ClockStopped:
                clock.Stopped = day;
                if (clock.SuspendedSince is { } open)
                {
                    clock.SuspendedDays += Math.Max(0, day.DayNumber - open.DayNumber);
                    clock.SuspendedSince = null;
                }

                break;
            case CaseworkEvents.ClockWarning:
                clock.Warnings++;
                break;
            case CaseworkEvents.ClockBreached:
                clock.BreachedEvent = true;
                break;
            case CaseworkEvents.IngebrekestellingReceived:
                clock.Ingebrekestelling = payload.Date(CaseworkFields.ReceivedOn) ?? day;
                break;
        }
    }

    private void Reason(CaseWork work, ClockWork clock, string action, string? reason)
    {
        // Only reasons that are literals from a definition are shown; typed-in text could name a person.
        var shown = reason is { Length: > 0 } && context.Catalog.IsReleasable(reason) ? reason.Trim()
            : reason is { Length: > 0 } ? "(vrije tekst, niet getoond)"
            : "(geen reden)";
        var acc = _reasons.Get(new ReasonKey(clock.Workflow, clock.Name, action, shown));
        acc.Count++;
        acc.Events++;
        work.Touched.Add(acc);
    }

    private void FoldClock(CaseWork work, ClockWork clock, DateOnly asOf)
    {
        var info = work.Info;
        var acc = _groups.Get(new Key(clock.Workflow, clock.Version, info.Team, info.Period, clock.Name));
        work.Touched.Add(acc);
        acc.Events += clock.Events;
        acc.LegalBasis ??= clock.LegalBasis;
        acc.Term ??= clock.Term;
        if (clock.SuspendedSince is { } since) clock.SuspendedDays += Math.Max(0, asOf.DayNumber - since.DayNumber);

        if (clock.Stopped is { } stopped)
        {
            acc.Decided++;
            if (clock.Start is { } start) acc.LeadDays.Add(stopped.DayNumber - start.DayNumber);
            if (clock.Deadline is { } deadline)
            {
                var margin = deadline.DayNumber - stopped.DayNumber;
                acc.MarginDays.Add(margin);
                if (margin >= 0) acc.Within++;
            }
        }
        else
        {
            acc.Open++;
        }

        var reference = clock.Stopped ?? asOf;
        var breached = clock.BreachedEvent || (clock.Deadline is { } d && reference > d);
        if (breached) acc.Breached++;
        acc.Warnings += clock.Warnings;
        if (clock.Suspensions > 0) acc.CasesSuspended++;
        acc.Suspensions += clock.Suspensions;
        acc.SuspendedDays += clock.SuspendedDays;
        if (clock.Extensions > 0) acc.CasesExtended++;
        acc.Extensions += clock.Extensions;

        if (clock.Deadline is { } due && IsDwangsomClock(clock.Name))
        {
            if (clock.Ingebrekestelling is { } received)
            {
                acc.Ingebrekestellingen++;
                acc.DwangsomOwed += context.Options.Dwangsom.Calculate(due, received, clock.Stopped, asOf).Amount;
            }
            else if (breached)
            {
                // Potential: what would be owed had the citizen sent an ingebrekestelling on the day the term expired.
                acc.PotentialExposure += context.Options.Dwangsom.Calculate(due, due.AddDays(1), clock.Stopped, asOf).Amount;
            }
        }
        else if (clock.Ingebrekestelling is not null)
        {
            acc.Ingebrekestellingen++;
        }
    }

    private bool IsDwangsomClock(string clock) =>
        context.Options.DwangsomClocks.Any(c => clock.StartsWith(c, StringComparison.OrdinalIgnoreCase));
}
