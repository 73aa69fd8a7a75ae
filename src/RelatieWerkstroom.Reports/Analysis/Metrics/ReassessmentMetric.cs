using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Privacy;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>Herbeoordelingen: decisions taken again on an existing case, and how often the outcome stayed the same.</summary>
internal sealed class ReassessmentMetric(MetricContext context) : IFrictionMetric
{
    private readonly Groups<CaseGroupKey, Accumulator> _groups = [];

    internal sealed class Accumulator : Internal.Accumulator
    {
        public int Reassessments;
        public int Unchanged;
    }

    public void Observe(ObservedEntry e)
    {
        if (e.Entry.Kind != CaseworkEvents.DecisionTaken || e.Payload.Bool(CaseworkFields.Reassessment) != true) return;
        var (work, instance) = (e.Work, e.Instance);
        var acc = _groups.Get(new CaseGroupKey(instance.Workflow, instance.Version, work.Info.Team, work.Info.Period));
        acc.Reassessments++;
        acc.Events++;
        var option = TextGuard.Code(e.Payload.String(CaseworkFields.DecisionOption)) ?? "onbekend";
        if (string.Equals(TextGuard.Code(e.Payload.String(CaseworkFields.PreviousDecisionOption)), option, StringComparison.Ordinal))
            acc.Unchanged++;
        work.Touched.Add(acc);
    }

    public IReadOnlyList<ReassessmentRow> Rows() =>
        _groups.OrderBy(p => p.Key.Workflow, StringComparer.Ordinal).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.Team, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Period, StringComparer.Ordinal)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = context.Small(a.Cases);
                return new ReassessmentRow(k.Workflow, k.Version, k.Team, k.Period, a.Cases, s, s ? null : a.Reassessments,
                    s ? null : a.Unchanged, s ? null : MetricContext.Rate(a.Unchanged, a.Reassessments));
            }).ToList();
}
