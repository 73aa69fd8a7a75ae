using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Privacy;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>
/// Use of discretion: decisions per discretion point, how often the default was not taken, how often a reason was
/// given, the spread of options, and how far teams differ from each other.
/// </summary>
internal sealed class DiscretionMetric(MetricContext context) : IFrictionMetric
{
    private readonly Groups<Key, Accumulator> _groups = [];
    private readonly Groups<OptionKey, CountAccumulator> _options = [];

    internal readonly record struct Key(string Workflow, int Version, string DiscretionId, string Team, string Period);

    internal readonly record struct OptionKey(string Workflow, string DiscretionId, string Team, string Option);

    internal sealed class Accumulator : Internal.Accumulator
    {
        public int Decisions;
        public int Deviations;
        public int ReasonsGiven;
        public long ReasonLengthSum;
    }

    public void Observe(ObservedEntry e)
    {
        if (e.Entry.Kind != CaseworkEvents.DiscretionDecided) return;
        var (work, payload) = (e.Work, e.Payload);
        // A rule-bound check (woonplaats, a verordening category, the inwoner's own choice of provider) is no use of
        // discretion; counting it would inflate discretion figures (review item 9).
        if (payload.String(CaseworkFields.PointKind) == "rule") return;
        var discretionId = TextGuard.Code(payload.String(CaseworkFields.DiscretionId)) ?? e.Step?.StepId ?? "onbekend";
        var option = TextGuard.Code(payload.String(CaseworkFields.Option)) ?? "onbekend";
        var defaultOption = TextGuard.Code(payload.String(CaseworkFields.DefaultOption));
        var deviation = payload.Bool(CaseworkFields.Deviation) ?? (defaultOption is not null && option != defaultOption);
        var reasonLength = (int)Math.Max(0, payload.Number(CaseworkFields.ReasonLength) ?? 0);

        var acc = _groups.Get(new Key(e.Instance.Workflow, e.Instance.Version, discretionId, work.Info.Team, work.Info.Period));
        acc.Decisions++;
        acc.Events++;
        if (deviation) acc.Deviations++;
        if (reasonLength > 0)
        {
            acc.ReasonsGiven++;
            acc.ReasonLengthSum += reasonLength;
        }

        work.Touched.Add(acc);
        var optionAcc = _options.Get(new OptionKey(e.Instance.Workflow, discretionId, work.Info.Team, option));
        optionAcc.Count++;
        optionAcc.Events++;
        optionAcc.Flag |= option == defaultOption;
        work.Touched.Add(optionAcc);
    }

    /// <summary>Decisions that did not take the default, over all decisions.</summary>
    public double? DeviationRate() =>
        MetricContext.Rate(_groups.Values.Sum(a => a.Deviations), _groups.Values.Sum(a => a.Decisions));

    public IReadOnlyList<DiscretionRow> Rows() =>
        _groups.OrderBy(p => p.Key.Workflow, StringComparer.Ordinal).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.DiscretionId, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Team, StringComparer.Ordinal).ThenBy(p => p.Key.Period, StringComparer.Ordinal)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = context.Small(a.Cases);
                return new DiscretionRow(k.Workflow, k.Version, k.DiscretionId, k.Team, k.Period, a.Cases, s,
                    s ? null : a.Decisions, s ? null : a.Deviations, s ? null : MetricContext.Rate(a.Deviations, a.Decisions),
                    s ? null : a.ReasonsGiven, s || a.ReasonsGiven == 0 ? null : Math.Round((double)a.ReasonLengthSum / a.ReasonsGiven, 1), a.Events);
            }).ToList();

    public IReadOnlyList<DiscretionOptionRow> OptionRows()
    {
        var totals = _options.GroupBy(p => (p.Key.Workflow, p.Key.DiscretionId, p.Key.Team))
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value.Count));
        return _options.OrderBy(p => p.Key.Workflow, StringComparer.Ordinal).ThenBy(p => p.Key.DiscretionId, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Team, StringComparer.Ordinal).ThenBy(p => p.Key.Option, StringComparer.Ordinal)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = context.Small(a.Cases);
                return new DiscretionOptionRow(k.Workflow, k.DiscretionId, k.Team, k.Option, a.Flag, a.Cases, s,
                    s ? null : a.Count, s ? null : MetricContext.Rate(a.Count, totals[(k.Workflow, k.DiscretionId, k.Team)]));
            }).ToList();
    }

    public IReadOnlyList<DiscretionTeamVariationRow> TeamVariationRows() =>
        _groups.GroupBy(p => (p.Key.Workflow, p.Key.DiscretionId))
            .OrderBy(g => g.Key.Workflow, StringComparer.Ordinal).ThenBy(g => g.Key.DiscretionId, StringComparer.Ordinal)
            .Select(g =>
            {
                var teams = g.GroupBy(p => p.Key.Team)
                    .Select(t => (Cases: t.Sum(p => p.Value.Cases), Decisions: t.Sum(p => p.Value.Decisions), Deviations: t.Sum(p => p.Value.Deviations)))
                    .ToList();
                var compared = teams.Where(t => !context.Small(t.Cases) && t.Decisions > 0).Select(t => (double)t.Deviations / t.Decisions).ToList();
                return new DiscretionTeamVariationRow(g.Key.Workflow, g.Key.DiscretionId, compared.Count, teams.Count - compared.Count,
                    compared.Count == 0 ? null : Math.Round(compared.Min(), 4), compared.Count == 0 ? null : Math.Round(compared.Max(), 4),
                    compared.Count < 2 ? null : Math.Round(compared.Max() - compared.Min(), 4));
            }).ToList();
}
