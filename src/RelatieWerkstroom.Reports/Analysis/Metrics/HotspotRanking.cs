using System.Globalization;
using RelatieWerkstroom.Reports.Journal;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>
/// Ranks steps by their total cost (burden) and adds the evidence from the other metrics: rework, waiting and the
/// workflow's breach rate, with the ATR questions (origin, basis, purpose, alternative) from the annotation.
/// </summary>
internal sealed class HotspotRanking(MetricContext context, BurdenMetric burden, ReworkMetric rework, TouchWaitMetric touchWait, LegalClockMetric clocks)
{
    private const string NogTeBepalen = "nog te bepalen";

    public IReadOnlyList<HotspotRow> Rows()
    {
        var total = burden.Groups.Sum(p => burden.Cost(p.Value));
        var breachByWorkflow = clocks.BreachRateByWorkflow();
        var reworkByStep = rework.RateByStep();
        var wait = touchWait.MeanWaitDaysByStep();

        var rank = 0;
        return burden.Groups.GroupBy(p => (p.Key.Workflow, p.Key.StepId))
            .Select(g => (g.Key, Accs: g.Select(p => p.Value).ToList(), Cost: g.Sum(p => burden.Cost(p.Value))))
            .OrderByDescending(x => x.Cost).ThenBy(x => x.Key.Workflow, StringComparer.Ordinal).ThenBy(x => x.Key.StepId, StringComparer.Ordinal)
            .Take(context.Options.TopHotspots)
            .Select(x =>
            {
                var friction = x.Accs[0].Meta.Friction;
                var cases = x.Accs.Sum(a => a.Cases);
                var s = context.Small(cases);
                var reworkRate = reworkByStep.GetValueOrDefault(x.Key);
                var meanWait = wait.GetValueOrDefault(x.Key);
                var breach = breachByWorkflow.GetValueOrDefault(x.Key.Workflow);
                return new HotspotRow(++rank, x.Key.Workflow, x.Key.StepId, x.Accs[0].Meta.StepName, friction.Origin, friction.Basis,
                    friction.Purpose, friction.Alternative ?? NogTeBepalen, RuleOrigin.AlternativeChannel(friction.Origin), cases, s,
                    s ? null : x.Accs.Sum(a => a.Executions), s ? null : x.Accs.Sum(burden.ProfessionalEuros),
                    s ? null : x.Accs.Sum(burden.ExecutionEuros), s ? null : x.Accs.Sum(burden.BusinessEuros),
                    s ? null : Math.Round(x.Accs.Sum(a => a.CitizenMinutes) / 60, 2), s ? null : MetricContext.Euros(x.Accs.Sum(a => a.OutOfPocket)),
                    s ? null : MetricContext.Euros(x.Cost), s || total == 0 ? null : Math.Round((double)(x.Cost / total), 4),
                    s ? null : reworkRate, s ? null : meanWait, s ? null : breach,
                    s ? $"Onderdrukt: minder dan {context.Options.SmallGroupThreshold} zaken." : Evidence(reworkRate, meanWait, breach));
            }).ToList();
    }

    private static string Evidence(double? rework, double? wait, double? breach)
    {
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        var parts = new List<string>();
        if (rework is { } r) parts.Add(string.Format(nl, "in {0:0.#}% van de instanties herhaald", r * 100));
        if (wait is { } w) parts.Add(string.Format(nl, "gemiddeld {0:0.0} dagen wachttijd per uitvoering", w));
        if (breach is { } b) parts.Add(string.Format(nl, "{0:0.#}% van de termijnen in dit proces overschreden", b * 100));
        return parts.Count == 0 ? "Geen uitvoeringsgegevens." : char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts)[1..] + ".";
    }
}
