using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Privacy;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>
/// The bezwaar rate per decision option: decisions taken (or, for workflows that journal no decision, the options
/// chosen at discretion points) against the bezwaarschriften received on them.
/// </summary>
internal sealed class BezwaarMetric(MetricContext context) : IFrictionMetric
{
    private readonly Groups<Key, Accumulator> _groups = [];

    internal readonly record struct Key(string Workflow, string Option);

    internal sealed class Accumulator : Internal.Accumulator
    {
        public int Decisions;
        public int Bezwaren;
    }

    public void Observe(ObservedEntry e)
    {
        switch (e.Entry.Kind)
        {
            case CaseworkEvents.DecisionTaken:
                e.Work.HasDecisionTaken = true;
                e.Work.Decisions.Add((e.Instance.Workflow, OptionOf(e.Payload.String(CaseworkFields.DecisionOption))));
                break;

            case CaseworkEvents.DiscretionDecided:
                e.Work.DiscretionOptions.Add((e.Instance.Workflow, OptionOf(e.Payload.String(CaseworkFields.Option))));
                break;

            case CaseworkEvents.BezwaarReceived:
            {
                var workflow = TextGuard.Code(e.Payload.String(CaseworkFields.DecisionWorkflow)) ?? e.Instance.Workflow;
                var acc = _groups.Get(new Key(workflow, OptionOf(e.Payload.String(CaseworkFields.DecisionOption))));
                acc.Bezwaren++;
                acc.Events++;
                break;
            }
        }
    }

    public void FoldCase(CaseWork work, DateOnly asOf)
    {
        foreach (var (workflow, option) in work.HasDecisionTaken ? work.Decisions : work.DiscretionOptions)
        {
            var acc = _groups.Get(new Key(workflow, option));
            acc.Decisions++;
            acc.Cases++;
        }
    }

    public double? OverallRate() =>
        MetricContext.Rate(_groups.Values.Sum(a => a.Bezwaren), _groups.Values.Sum(a => a.Decisions));

    public IReadOnlyList<BezwaarRow> Rows() =>
        _groups.OrderBy(p => p.Key.Workflow, StringComparer.Ordinal).ThenBy(p => p.Key.Option, StringComparer.Ordinal)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = context.Small(a.Cases);
                return new BezwaarRow(k.Workflow, k.Option, a.Cases, s, s ? null : a.Decisions, s ? null : a.Bezwaren,
                    s ? null : MetricContext.Rate(a.Bezwaren, a.Decisions));
            }).ToList();

    private static string OptionOf(string? option) => TextGuard.Code(option) ?? "onbekend";
}
