using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;

namespace RelatieWerkstroom.Reports.Internal;

/// <summary>Turns the aggregates into report rows: rounding, suppression of small groups, roll-ups and hotspots.</summary>
internal sealed class ReportBuilder(ReportOptions options, ReportBuilder.Aggregates agg)
{
    private const string NogTeBepalen = "nog te bepalen";
    private readonly int _k = options.SmallGroupThreshold;
    private static readonly StringComparer Ord = StringComparer.Ordinal;

    /// <summary>All accumulators of one analysis.</summary>
    internal sealed class Aggregates(int maxVariants)
    {
        public readonly Groups<StepKey, TouchWaitAccumulator> TouchWait = [];
        public readonly FactoryGroups<BurdenKey, BurdenAccumulator> Burden = [];
        public readonly Groups<ClockKey, ClockAccumulator> Clocks = [];
        public readonly Groups<StepKey, ReworkAccumulator> Rework = [];
        public readonly Groups<CaseGroupKey, HandoverAccumulator> Handovers = [];
        public readonly Groups<DiscretionKey, DiscretionAccumulator> Discretion = [];
        public readonly Groups<OptionKey, CountAccumulator> Options = [];
        public readonly Groups<ReasonKey, CountAccumulator> Reasons = [];
        public readonly Groups<BezwaarKey, BezwaarAccumulator> Bezwaar = [];
        public readonly Groups<CaseGroupKey, ReassessmentAccumulator> Reassessments = [];
        public readonly Groups<string, CountAccumulator> OriginCases = [];
        public readonly SortedDictionary<string, VariantTable> Variants = new(StringComparer.Ordinal);

        public VariantTable VariantsOf(string workflow)
        {
            if (!Variants.TryGetValue(workflow, out var table))
            {
                table = new VariantTable(maxVariants);
                Variants[workflow] = table;
            }

            return table;
        }
    }

    public FrictionReport Build(ReportManifest manifest, long instances)
    {
        var leadTimes = LeadTimes();
        var breaches = Breaches();
        var burden = Burden();
        var byOrigin = BurdenByOrigin();
        var rework = Rework();
        var handovers = Handovers();
        var discretion = Discretion();
        var bezwaar = Bezwaar();
        var (variantSummaries, variants) = Variants();
        return new FrictionReport(
            manifest,
            Summary(manifest, instances),
            leadTimes,
            DeadlineCompliance(),
            TouchWait(),
            Suspensions(),
            Reasons(),
            breaches,
            burden,
            byOrigin,
            rework,
            handovers,
            variantSummaries,
            variants,
            discretion,
            DiscretionOptions(),
            DiscretionTeamVariation(),
            bezwaar,
            Reassessments(),
            Hotspots());
    }

    private bool Small(int cases) => cases < _k;

    private static double Hours(double seconds) => Math.Round(seconds / 3600.0, 2);

    private static double? Rate(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    private static decimal Euros(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private decimal ProfessionalEuros(BurdenAccumulator acc) =>
        Euros((decimal)acc.ProfessionalMinutes / 60m * options.Tariffs.TariffFor(acc.Meta.Friction.Actor).Hourly);

    private IReadOnlyList<LeadTimeRow> LeadTimes() =>
        agg.Clocks.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.Team, Ord)
            .ThenBy(p => p.Key.Period, Ord).ThenBy(p => p.Key.Clock, Ord)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = Small(a.Cases);
                return new LeadTimeRow(k.Workflow, k.Version, k.Team, k.Period, k.Clock, a.LegalBasis, a.Term, a.Cases, s,
                    s ? null : a.Decided, s ? null : a.Open, s ? null : a.Within,
                    s || a.MarginDays.Count == 0 ? null : Math.Round(100.0 * a.Within / a.MarginDays.Count, 1),
                    s ? null : a.LeadDays.Mean, s ? null : a.LeadDays.Quantile(0.5),
                    s ? null : a.MarginDays.Min, s ? null : a.MarginDays.Quantile(0.1), s ? null : a.MarginDays.Quantile(0.5),
                    s ? null : a.MarginDays.Quantile(0.9), s ? null : a.MarginDays.Max, a.Events);
            }).ToList();

    private IReadOnlyList<BreachRow> Breaches()
    {
        var source = string.Join("; ", options.Dwangsom.Tariffs.Select(t => t.Source));
        return agg.Clocks.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.Team, Ord)
            .ThenBy(p => p.Key.Period, Ord).ThenBy(p => p.Key.Clock, Ord)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = Small(a.Cases);
                return new BreachRow(k.Workflow, k.Version, k.Team, k.Period, k.Clock, a.Cases, s,
                    s ? null : a.Warnings, s ? null : a.Breached, s ? null : Rate(a.Breached, a.Decided + a.Open),
                    s ? null : a.Ingebrekestellingen, s ? null : a.DwangsomOwed, s ? null : a.PotentialExposure, source, a.Events);
            }).ToList();
    }

    private IReadOnlyList<SuspensionRow> Suspensions() =>
        agg.Clocks.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.Team, Ord)
            .ThenBy(p => p.Key.Period, Ord).ThenBy(p => p.Key.Clock, Ord)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = Small(a.Cases);
                return new SuspensionRow(k.Workflow, k.Version, k.Team, k.Period, k.Clock, a.Cases, s,
                    s ? null : a.CasesSuspended, s ? null : a.Suspensions, s ? null : a.SuspendedDays,
                    s || a.Suspensions == 0 ? null : Math.Round((double)a.SuspendedDays / a.Suspensions, 2),
                    s ? null : a.CasesExtended, s ? null : a.Extensions, a.Events);
            }).ToList();

    private IReadOnlyList<DeadlineComplianceRow> DeadlineCompliance() =>
        agg.Clocks.GroupBy(p => (p.Key.Workflow, p.Key.Clock))
            .OrderBy(g => g.Key.Workflow, Ord).ThenBy(g => g.Key.Clock, Ord)
            .Select(g =>
            {
                var cases = g.Sum(p => p.Value.Cases);
                var s = Small(cases);
                var measured = g.Sum(p => p.Value.MarginDays.Count);
                var within = g.Sum(p => p.Value.Within);
                var clocks = g.Sum(p => p.Value.Decided + p.Value.Open);
                return new DeadlineComplianceRow(g.Key.Workflow, g.Key.Clock, cases, s,
                    s || measured == 0 ? null : Math.Round(100.0 * within / measured, 1),
                    s ? null : Rate(g.Sum(p => p.Value.Breached), clocks));
            }).ToList();

    private IReadOnlyList<ReasonRow> Reasons() =>
        agg.Reasons.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Clock, Ord).ThenBy(p => p.Key.Action, Ord)
            .ThenByDescending(p => p.Value.Count).ThenBy(p => p.Key.Reason, Ord)
            .Select(p => new ReasonRow(p.Key.Workflow, p.Key.Clock, p.Key.Action, p.Key.Reason, p.Value.Cases, Small(p.Value.Cases),
                Small(p.Value.Cases) ? null : p.Value.Count))
            .ToList();

    private IReadOnlyList<TouchWaitRow> TouchWait() =>
        agg.TouchWait.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.StepId, Ord)
            .ThenBy(p => p.Key.Team, Ord).ThenBy(p => p.Key.Period, Ord)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = Small(a.Cases);
                var touch = Math.Max(a.TouchSeconds, a.NominalMinutes * 60);
                return new TouchWaitRow(k.Workflow, k.Version, k.StepId, k.StepName, k.Origin, k.Team, k.Period, a.Cases, s,
                    s ? null : a.Executions, s ? null : Hours(a.TouchSeconds), s ? null : Math.Round(a.NominalMinutes / 60, 2),
                    s ? null : Hours(a.WaitSeconds), s ? null : Hours(a.WaitStaffSeconds), s ? null : Hours(a.WaitDecisionSeconds),
                    s ? null : Hours(a.WaitTimerSeconds), s ? null : Hours(a.WaitExternalSeconds),
                    s || a.WaitSeconds + touch == 0 ? null : Math.Round(a.WaitSeconds / (a.WaitSeconds + touch), 4), a.Events);
            }).ToList();

    private IReadOnlyList<BurdenRow> Burden() =>
        agg.Burden.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.StepId, Ord)
            .ThenBy(p => p.Key.Actor, Ord).ThenBy(p => p.Key.Team, Ord).ThenBy(p => p.Key.Period, Ord)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = Small(a.Cases);
                var (tariff, fromTable) = options.Tariffs.TariffFor(a.Meta.Friction.Actor);
                return new BurdenRow(k.Workflow, k.Version, k.StepId, k.StepName, k.Origin, a.Meta.Friction.Basis, k.Actor, k.Team, k.Period,
                    a.Cases, s, s ? null : a.Executions, s ? null : Math.Round(a.ProfessionalMinutes / 60, 2), tariff, fromTable,
                    s ? null : ProfessionalEuros(a), s ? null : Math.Round(a.CitizenMinutes / 60, 2), s ? null : Euros(a.OutOfPocket), a.Events);
            }).ToList();

    private IReadOnlyList<OriginBurdenRow> BurdenByOrigin()
    {
        var totalEuros = agg.Burden.Values.Sum(ProfessionalEuros);
        var totalCitizen = agg.Burden.Values.Sum(a => a.CitizenMinutes);
        return RuleOrigin.All
            .Select(origin =>
            {
                var accs = agg.Burden.Where(p => p.Key.Origin == origin).Select(p => p.Value).ToList();
                var cases = agg.OriginCases.GetValueOrDefault(origin)?.Cases ?? 0;
                var s = Small(cases);
                var euros = accs.Sum(ProfessionalEuros);
                var citizen = accs.Sum(a => a.CitizenMinutes);
                return new OriginBurdenRow(origin, cases, s, s ? null : accs.Sum(a => a.Executions),
                    s ? null : Math.Round(accs.Sum(a => a.ProfessionalMinutes) / 60, 2), s ? null : euros,
                    s ? null : Math.Round(citizen / 60, 2), s ? null : Euros(accs.Sum(a => a.OutOfPocket)),
                    s || totalEuros == 0 ? null : Math.Round((double)(euros / totalEuros), 4),
                    s || totalCitizen == 0 ? null : Math.Round(citizen / totalCitizen, 4));
            })
            .Where(r => r.Cases > 0)
            .ToList();
    }

    private IReadOnlyList<ReworkRow> Rework() =>
        agg.Rework.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.StepId, Ord)
            .ThenBy(p => p.Key.Team, Ord).ThenBy(p => p.Key.Period, Ord)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = Small(a.Cases);
                return new ReworkRow(k.Workflow, k.Version, k.StepId, k.StepName, k.Origin, k.Team, k.Period, a.Cases, s,
                    s ? null : a.Instances, s ? null : a.InstancesWithRework, s ? null : Rate(a.InstancesWithRework, a.Instances),
                    s ? null : a.ExtraExecutions);
            }).ToList();

    private IReadOnlyList<HandoverRow> Handovers() =>
        agg.Handovers.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.Team, Ord).ThenBy(p => p.Key.Period, Ord)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = Small(a.Cases);
                return new HandoverRow(k.Workflow, k.Version, k.Team, k.Period, a.Cases, s,
                    s ? null : a.RoleHandovers, s ? null : a.ActorHandovers, s ? null : a.PingPongs,
                    s ? null : Math.Round((double)a.RoleHandovers / a.Cases, 2), s ? null : Math.Round((double)a.ActorHandovers / a.Cases, 2));
            }).ToList();

    private (IReadOnlyList<VariantSummaryRow>, IReadOnlyList<VariantRow>) Variants()
    {
        var summaries = new List<VariantSummaryRow>();
        var rows = new List<VariantRow>();
        foreach (var (workflow, table) in agg.Variants)
        {
            var small = table.Counts.Values.Where(Small).Sum();
            summaries.Add(new VariantSummaryRow(workflow, table.Instances, table.Counts.Count, small, table.BeyondLimit));
            var rank = 0;
            foreach (var (variant, count) in table.Counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, Ord).Take(options.TopVariants))
            {
                var s = Small(count);
                rows.Add(new VariantRow(workflow, ++rank, s ? "(kleine variant, onderdrukt)" : variant,
                    s ? 0 : variant.Split(" → ").Length, count, s, s ? null : count, s ? null : Rate(count, table.Instances)));
            }
        }

        return (summaries, rows);
    }

    private IReadOnlyList<DiscretionRow> Discretion() =>
        agg.Discretion.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.DiscretionId, Ord)
            .ThenBy(p => p.Key.Team, Ord).ThenBy(p => p.Key.Period, Ord)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = Small(a.Cases);
                return new DiscretionRow(k.Workflow, k.Version, k.DiscretionId, k.Team, k.Period, a.Cases, s,
                    s ? null : a.Decisions, s ? null : a.Deviations, s ? null : Rate(a.Deviations, a.Decisions),
                    s ? null : a.ReasonsGiven, s || a.ReasonsGiven == 0 ? null : Math.Round((double)a.ReasonLengthSum / a.ReasonsGiven, 1), a.Events);
            }).ToList();

    private IReadOnlyList<DiscretionOptionRow> DiscretionOptions()
    {
        var totals = agg.Options.GroupBy(p => (p.Key.Workflow, p.Key.DiscretionId, p.Key.Team))
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value.Count));
        return agg.Options.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.DiscretionId, Ord).ThenBy(p => p.Key.Team, Ord)
            .ThenBy(p => p.Key.Option, Ord)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = Small(a.Cases);
                return new DiscretionOptionRow(k.Workflow, k.DiscretionId, k.Team, k.Option, a.Flag, a.Cases, s,
                    s ? null : a.Count, s ? null : Rate(a.Count, totals[(k.Workflow, k.DiscretionId, k.Team)]));
            }).ToList();
    }

    private IReadOnlyList<DiscretionTeamVariationRow> DiscretionTeamVariation() =>
        agg.Discretion.GroupBy(p => (p.Key.Workflow, p.Key.DiscretionId))
            .OrderBy(g => g.Key.Workflow, Ord).ThenBy(g => g.Key.DiscretionId, Ord)
            .Select(g =>
            {
                var teams = g.GroupBy(p => p.Key.Team)
                    .Select(t => (Cases: t.Sum(p => p.Value.Cases), Decisions: t.Sum(p => p.Value.Decisions), Deviations: t.Sum(p => p.Value.Deviations)))
                    .ToList();
                var compared = teams.Where(t => !Small(t.Cases) && t.Decisions > 0).Select(t => (double)t.Deviations / t.Decisions).ToList();
                return new DiscretionTeamVariationRow(g.Key.Workflow, g.Key.DiscretionId, compared.Count, teams.Count - compared.Count,
                    compared.Count == 0 ? null : Math.Round(compared.Min(), 4), compared.Count == 0 ? null : Math.Round(compared.Max(), 4),
                    compared.Count < 2 ? null : Math.Round(compared.Max() - compared.Min(), 4));
            }).ToList();

    private IReadOnlyList<BezwaarRow> Bezwaar() =>
        agg.Bezwaar.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Option, Ord)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = Small(a.Cases);
                return new BezwaarRow(k.Workflow, k.Option, a.Cases, s, s ? null : a.Decisions, s ? null : a.Bezwaren,
                    s ? null : Rate(a.Bezwaren, a.Decisions));
            }).ToList();

    private IReadOnlyList<ReassessmentRow> Reassessments() =>
        agg.Reassessments.OrderBy(p => p.Key.Workflow, Ord).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.Team, Ord).ThenBy(p => p.Key.Period, Ord)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = Small(a.Cases);
                return new ReassessmentRow(k.Workflow, k.Version, k.Team, k.Period, a.Cases, s, s ? null : a.Reassessments,
                    s ? null : a.Unchanged, s ? null : Rate(a.Unchanged, a.Reassessments));
            }).ToList();

    private decimal Cost(BurdenAccumulator a) =>
        ProfessionalEuros(a) + a.OutOfPocket + (decimal)(a.CitizenMinutes / 60) * options.Tariffs.CitizenHourValue;

    private IReadOnlyList<HotspotRow> Hotspots()
    {
        var total = agg.Burden.Values.Sum(Cost);
        var breachByWorkflow = agg.Clocks.GroupBy(p => p.Key.Workflow).ToDictionary(g => g.Key,
            g => Rate(g.Sum(p => p.Value.Breached), g.Sum(p => p.Value.Decided + p.Value.Open)));
        var rework = agg.Rework.GroupBy(p => (p.Key.Workflow, p.Key.StepId)).ToDictionary(g => g.Key,
            g => Rate(g.Sum(p => p.Value.InstancesWithRework), g.Sum(p => p.Value.Instances)));
        var wait = agg.TouchWait.GroupBy(p => (p.Key.Workflow, p.Key.StepId)).ToDictionary(g => g.Key,
            g => g.Sum(p => p.Value.Executions) is var n and > 0 ? Math.Round(g.Sum(p => p.Value.WaitSeconds) / n / 86400, 2) : (double?)null);

        var rank = 0;
        return agg.Burden.GroupBy(p => (p.Key.Workflow, p.Key.StepId))
            .Select(g => (g.Key, Accs: g.Select(p => p.Value).ToList(), Cost: g.Sum(p => Cost(p.Value))))
            .OrderByDescending(x => x.Cost).ThenBy(x => x.Key.Workflow, Ord).ThenBy(x => x.Key.StepId, Ord)
            .Take(options.TopHotspots)
            .Select(x =>
            {
                var friction = x.Accs[0].Meta.Friction;
                var cases = x.Accs.Sum(a => a.Cases);
                var s = Small(cases);
                var reworkRate = rework.GetValueOrDefault(x.Key);
                var meanWait = wait.GetValueOrDefault(x.Key);
                var breach = breachByWorkflow.GetValueOrDefault(x.Key.Workflow);
                return new HotspotRow(++rank, x.Key.Workflow, x.Key.StepId, x.Accs[0].Meta.StepName, friction.Origin, friction.Basis,
                    friction.Purpose, friction.Alternative ?? NogTeBepalen, RuleOrigin.AlternativeChannel(friction.Origin), cases, s,
                    s ? null : x.Accs.Sum(a => a.Executions), s ? null : x.Accs.Sum(ProfessionalEuros),
                    s ? null : Math.Round(x.Accs.Sum(a => a.CitizenMinutes) / 60, 2), s ? null : Euros(x.Accs.Sum(a => a.OutOfPocket)),
                    s ? null : Euros(x.Cost), s || total == 0 ? null : Math.Round((double)(x.Cost / total), 4),
                    s ? null : reworkRate, s ? null : meanWait, s ? null : breach,
                    s ? $"Onderdrukt: minder dan {_k} zaken." : Evidence(reworkRate, meanWait, breach));
            }).ToList();
    }

    private static string Evidence(double? rework, double? wait, double? breach)
    {
        var nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        var parts = new List<string>();
        if (rework is { } r) parts.Add(string.Format(nl, "in {0:0.#}% van de instanties herhaald", r * 100));
        if (wait is { } w) parts.Add(string.Format(nl, "gemiddeld {0:0.0} dagen wachttijd per uitvoering", w));
        if (breach is { } b) parts.Add(string.Format(nl, "{0:0.#}% van de termijnen in dit proces overschreden", b * 100));
        return parts.Count == 0 ? "Geen uitvoeringsgegevens." : char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts)[1..] + ".";
    }

    private ReportSummary Summary(ReportManifest manifest, long instances)
    {
        var cases = manifest.CasesInScope;
        var s = cases < _k;
        var clocks = agg.Clocks.Values;
        var measured = clocks.Sum(a => a.MarginDays.Count);
        var totalCost = agg.Burden.Values.Sum(Cost);
        var nationalCost = agg.Burden.Where(p => p.Key.Origin == RuleOrigin.National).Sum(p => Cost(p.Value));
        var periods = agg.Handovers.Keys.Select(k => k.Period).Order(Ord).ToList();
        var handoverCases = agg.Handovers.Values.Sum(a => a.Cases);
        return new ReportSummary(cases, instances, periods.FirstOrDefault(), periods.LastOrDefault(), s,
            s ? null : clocks.Sum(a => a.Decided),
            s || measured == 0 ? null : Math.Round(100.0 * clocks.Sum(a => a.Within) / measured, 1),
            s ? null : clocks.Sum(a => a.Breached),
            s ? null : clocks.Sum(a => a.DwangsomOwed),
            s ? null : clocks.Sum(a => a.PotentialExposure),
            s ? null : agg.Burden.Values.Sum(ProfessionalEuros),
            s ? null : Math.Round(agg.Burden.Values.Sum(a => a.CitizenMinutes) / 60, 2),
            s ? null : Euros(agg.Burden.Values.Sum(a => a.OutOfPocket)),
            s || totalCost == 0 ? null : Math.Round((double)(nationalCost / totalCost), 4),
            s ? null : Rate(agg.Discretion.Values.Sum(a => a.Deviations), agg.Discretion.Values.Sum(a => a.Decisions)),
            s ? null : Rate(agg.Bezwaar.Values.Sum(a => a.Bezwaren), agg.Bezwaar.Values.Sum(a => a.Decisions)),
            s ? null : Rate(agg.Rework.Values.Sum(a => a.InstancesWithRework), agg.Rework.Values.Sum(a => a.Instances)),
            s || handoverCases == 0 ? null : Math.Round((double)agg.Handovers.Values.Sum(a => a.RoleHandovers) / handoverCases, 2));
    }
}
