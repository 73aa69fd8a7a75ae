using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Privacy;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>
/// Legal clocks (termijnen), in three kinds that are never mixed: statutory deadlines the bestuursorgaan owes
/// (termijnoverschrijding, with lead time, margin, ingebrekestellingen and dwangsom), local, contract and internal norms
/// and waiting periods ("norm niet gehaald"), and the inwoner's own terms (used in time, in the postal week, late, or
/// expired unused). Each clock says which it is in its journal payload (owedBy, termKind, origin); a clock without
/// those fields is a statutory deadline of the bestuursorgaan, as the LegalClock activity defaults. Days are the legal
/// days in the payload (start, on), not the days the steps happened to run.
/// </summary>
internal sealed class LegalClockMetric(MetricContext context) : IFrictionMetric
{
    private const int PostalWeekDays = 7;
    private static readonly StringComparer Ord = StringComparer.Ordinal;
    private readonly Groups<Key, Accumulator> _groups = [];
    private readonly Groups<ReasonKey, CountAccumulator> _reasons = [];

    internal enum Category { Statutory, Norm, Citizen }

    internal readonly record struct Key(string Workflow, int Version, string Team, string Period, string Clock);

    internal readonly record struct ReasonKey(string Workflow, string Clock, string Action, string Reason);

    internal sealed class Accumulator : Internal.Accumulator
    {
        public Category Category;
        public string? LegalBasis;
        public string? Term;
        public string Origin = RuleOrigin.National;
        public string OwedBy = "bestuursorgaan";
        public string TermKind = "deadline";
        public int Decided;
        public int Open;
        public int Within;
        public readonly Histogram LeadDays = new();
        public readonly Histogram MarginDays = new();
        public int Warnings;
        public int Breached;
        public int Missed;
        public int Ingebrekestellingen;
        public int PrematureIngebrekestellingen;
        public decimal DwangsomOwed;
        public decimal PotentialExposure;
        public int CasesSuspended;
        public int Suspensions;
        public int SuspendedDays;
        public int CasesExtended;
        public int Extensions;
        public int Running;
        public int UsedInTime;
        public int UsedInPostalWeek;
        public int UsedLate;
        public int ExpiredUnused;
    }

    public void Observe(ObservedEntry e)
    {
        switch (e.Entry.Kind)
        {
            case CaseworkEvents.ClockStarted or CaseworkEvents.ClockSuspended or CaseworkEvents.ClockResumed
                or CaseworkEvents.ClockExtended or CaseworkEvents.ClockStopped or CaseworkEvents.ClockExpired or CaseworkEvents.ClockWarning
                or CaseworkEvents.ClockBreached or CaseworkEvents.IngebrekestellingReceived:
                Clock(e);
                break;
        }
    }

    public void FoldCase(CaseWork work, DateOnly asOf)
    {
        foreach (var clock in work.Clocks.Values) FoldClock(work, clock, asOf);
    }

    /// <summary>Breached statutory deadlines over all statutory deadlines, per workflow (hotspot evidence).</summary>
    public Dictionary<string, double?> BreachRateByWorkflow() =>
        Of(Category.Statutory).GroupBy(p => p.Key.Workflow).ToDictionary(g => g.Key,
            g => MetricContext.Rate(g.Sum(p => p.Value.Breached), g.Sum(p => p.Value.Decided + p.Value.Open)));

    public int Decided => Of(Category.Statutory).Sum(p => p.Value.Decided);

    public int Breached => Of(Category.Statutory).Sum(p => p.Value.Breached);

    public int NormsMissed => Of(Category.Norm).Sum(p => p.Value.Missed);

    public int CitizenTermsExpired => Of(Category.Citizen).Sum(p => p.Value.ExpiredUnused);

    public decimal DwangsomOwed => Of(Category.Statutory).Sum(p => p.Value.DwangsomOwed);

    public decimal PotentialExposure => Of(Category.Statutory).Sum(p => p.Value.PotentialExposure);

    /// <summary>The share of stopped statutory deadlines that stopped on or before the deadline, in percent.</summary>
    public double? WithinPercent()
    {
        var accs = Of(Category.Statutory).Select(p => p.Value).ToList();
        var measured = accs.Sum(a => a.MarginDays.Count);
        return measured == 0 ? null : Math.Round(100.0 * accs.Sum(a => a.Within) / measured, 1);
    }

    public IReadOnlyList<LeadTimeRow> LeadTimeRows() =>
        Ordered(Category.Statutory).Select(p =>
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
        return Ordered(Category.Statutory).Select(p =>
        {
            var (k, a) = (p.Key, p.Value);
            var s = context.Small(a.Cases);
            return new BreachRow(k.Workflow, k.Version, k.Team, k.Period, k.Clock, a.Cases, s,
                s ? null : a.Warnings, s ? null : a.Breached, s ? null : MetricContext.Rate(a.Breached, a.Decided + a.Open),
                s ? null : a.Ingebrekestellingen, s ? null : a.PrematureIngebrekestellingen, s ? null : a.DwangsomOwed,
                s ? null : a.PotentialExposure, source, a.Events);
        }).ToList();
    }

    public IReadOnlyList<NormRow> NormRows() =>
        Ordered(Category.Norm).Select(p =>
        {
            var (k, a) = (p.Key, p.Value);
            var s = context.Small(a.Cases);
            return new NormRow(k.Workflow, k.Version, k.Team, k.Period, k.Clock, a.Origin, a.OwedBy, a.TermKind, a.LegalBasis, a.Cases, s,
                s ? null : a.Decided, s ? null : a.Open, s ? null : a.Missed, s ? null : MetricContext.Rate(a.Missed, a.Decided + a.Open), a.Events);
        }).ToList();

    public IReadOnlyList<CitizenTermRow> CitizenTermRows() =>
        Ordered(Category.Citizen).Select(p =>
        {
            var (k, a) = (p.Key, p.Value);
            var s = context.Small(a.Cases);
            return new CitizenTermRow(k.Workflow, k.Version, k.Team, k.Period, k.Clock, a.LegalBasis, a.Cases, s,
                s ? null : a.Running, s ? null : a.UsedInTime, s ? null : a.UsedInPostalWeek, s ? null : a.UsedLate,
                s ? null : a.ExpiredUnused, a.Events);
        }).ToList();

    public IReadOnlyList<SuspensionRow> SuspensionRows() =>
        Ordered().Where(p => p.Value.Category != Category.Citizen).Select(p =>
        {
            var (k, a) = (p.Key, p.Value);
            var s = context.Small(a.Cases);
            return new SuspensionRow(k.Workflow, k.Version, k.Team, k.Period, k.Clock, a.Cases, s,
                s ? null : a.CasesSuspended, s ? null : a.Suspensions, s ? null : a.SuspendedDays,
                s || a.Suspensions == 0 ? null : Math.Round((double)a.SuspendedDays / a.Suspensions, 2),
                s ? null : a.CasesExtended, s ? null : a.Extensions, a.Events);
        }).ToList();

    public IReadOnlyList<DeadlineComplianceRow> ComplianceRows() =>
        Of(Category.Statutory).GroupBy(p => (p.Key.Workflow, p.Key.Clock))
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

    private IEnumerable<KeyValuePair<Key, Accumulator>> Of(Category category) => _groups.Where(p => p.Value.Category == category);

    private IEnumerable<KeyValuePair<Key, Accumulator>> Ordered(Category? category = null) =>
        (category is { } c ? Of(c) : _groups).OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.Team, Ord)
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
        // The legal day of the transition when the payload has it (receipt, request, decision sent), else the entry's day.
        var day = payload.Date(CaseworkFields.On) ?? e.Day;
        clock.LegalBasis ??= TextGuard.Code(payload.String(CaseworkFields.LegalBasis), 200);
        clock.OwedBy ??= TextGuard.Code(payload.String(CaseworkFields.OwedBy));
        clock.TermKind ??= TextGuard.Code(payload.String(CaseworkFields.TermKind));
        clock.Origin ??= payload.String(CaseworkFields.Origin) is { } origin ? RuleOrigin.Normalize(origin) : null;
        if (payload.Date(CaseworkFields.Deadline) is { } deadline) clock.Deadline = deadline;
        switch (e.Entry.Kind)
        {
            case CaseworkEvents.ClockStarted:
                clock.Start = payload.Date(CaseworkFields.Start) ?? day;
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
            case CaseworkEvents.ClockExpired:
                clock.Stopped = day;
                clock.Expired = true;
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

    private static Category Classify(ClockWork clock) =>
        clock.OwedBy == "inwoner" ? Category.Citizen
        : (clock.OwedBy ?? "bestuursorgaan") == "bestuursorgaan" && (clock.TermKind ?? "deadline") == "deadline"
          && (clock.Origin ?? RuleOrigin.National) == RuleOrigin.National ? Category.Statutory
        : Category.Norm;

    private void FoldClock(CaseWork work, ClockWork clock, DateOnly asOf)
    {
        var info = work.Info;
        var acc = _groups.Get(new Key(clock.Workflow, clock.Version, info.Team, info.Period, clock.Name));
        work.Touched.Add(acc);
        if (acc.Events == 0)
        {
            acc.Category = Classify(clock);
            acc.Origin = clock.Origin ?? RuleOrigin.National;
            acc.OwedBy = clock.OwedBy ?? "bestuursorgaan";
            acc.TermKind = clock.TermKind ?? "deadline";
        }

        acc.Events += clock.Events;
        acc.LegalBasis ??= clock.LegalBasis;
        acc.Term ??= clock.Term;
        if (clock.SuspendedSince is { } since) clock.SuspendedDays += Math.Max(0, asOf.DayNumber - since.DayNumber);
        switch (acc.Category)
        {
            case Category.Citizen:
                FoldCitizenTerm(acc, clock, asOf);
                return;
            case Category.Norm:
                FoldNorm(acc, clock, asOf);
                break;
            default:
                FoldStatutory(acc, clock, asOf);
                break;
        }

        if (clock.Suspensions > 0) acc.CasesSuspended++;
        acc.Suspensions += clock.Suspensions;
        acc.SuspendedDays += clock.SuspendedDays;
        if (clock.Extensions > 0) acc.CasesExtended++;
        acc.Extensions += clock.Extensions;
    }

    // The inwoner's term is used when the clock stopped on the receipt of the bezwaarschrift (or aanvulling): in time on
    // or before the last day, in the postal week of Awb 6:9 lid 2 within seven days after it, late after that (6:11).
    // An expired or passed term counts as expired unused; a timer never "stops" it.
    private static void FoldCitizenTerm(Accumulator acc, ClockWork clock, DateOnly asOf)
    {
        if (clock.Expired)
        {
            acc.ExpiredUnused++;
        }
        else if (clock.Stopped is { } used && clock.Deadline is { } last)
        {
            var late = used.DayNumber - last.DayNumber;
            if (late <= 0) acc.UsedInTime++;
            else if (late <= PostalWeekDays) acc.UsedInPostalWeek++;
            else acc.UsedLate++;
        }
        else if (clock.Stopped is not null)
        {
            acc.UsedInTime++;
        }
        else if (clock.Deadline is { } end && asOf > end)
        {
            acc.ExpiredUnused++;
        }
        else
        {
            acc.Running++;
        }
    }

    // A norm deadline is missed when the act came (or has not come) after its last day; a waiting period when the act
    // came before its end.
    private static void FoldNorm(Accumulator acc, ClockWork clock, DateOnly asOf)
    {
        if (clock.Stopped is not null) acc.Decided++;
        else acc.Open++;
        if (clock.Deadline is not { } deadline) return;
        var waiting = acc.TermKind == "waiting-period";
        var missed = waiting
            ? clock.Stopped is { } acted && acted < deadline
            : clock.BreachedEvent || (clock.Stopped ?? asOf) > deadline;
        if (missed) acc.Missed++;
        acc.Warnings += clock.Warnings;
    }

    private void FoldStatutory(Accumulator acc, ClockWork clock, DateOnly asOf)
    {
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

        if (clock.Deadline is { } due && IsDwangsomClock(clock.Name))
        {
            if (clock.Ingebrekestelling is { } received)
            {
                var result = context.Options.Dwangsom.Calculate(due, received, clock.Stopped, asOf);
                if (result.PrematureIngebrekestelling) acc.PrematureIngebrekestellingen++;
                else acc.Ingebrekestellingen++;
                acc.DwangsomOwed += result.Amount;
            }
            else if (breached)
            {
                // A theoretical maximum: what would be owed had the citizen sent an ingebrekestelling the day the term expired.
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
