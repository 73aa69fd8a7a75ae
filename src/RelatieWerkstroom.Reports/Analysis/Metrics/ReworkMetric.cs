using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Internal;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>Rework: instances in which a step ran more than once, and the extra executions.</summary>
internal sealed class ReworkMetric(MetricContext context) : IFrictionMetric
{
    private readonly Groups<StepKey, Accumulator> _groups = [];

    internal sealed class Accumulator : Internal.Accumulator
    {
        public int Instances;
        public int InstancesWithRework;
        public int ExtraExecutions;
    }

    public void Observe(ObservedEntry e)
    {
        if (e.Entry.Kind != JournalEvents.ActivityStarted || e.Step is not { } step) return;
        var previous = e.Instance.Executions.GetValueOrDefault(step.StepId);
        e.Instance.Executions[step.StepId] = (step, previous.Count + 1);
    }

    public void FoldInstance(CaseWork work, InstanceWork instance, DateTimeOffset at)
    {
        foreach (var (meta, count) in instance.Executions.Values)
        {
            if (!meta.IsSignificant) continue;
            var acc = _groups.Get(new StepKey(instance.Workflow, instance.Version, meta.StepId, meta.StepName, meta.Friction.Origin, work.Info.Team, work.Info.Period));
            acc.Instances++;
            acc.Events += count;
            if (count > 1)
            {
                acc.InstancesWithRework++;
                acc.ExtraExecutions += count - 1;
            }

            work.Touched.Add(acc);
        }
    }

    /// <summary>The share of instances with rework per step, for the hotspot evidence and the summary.</summary>
    public Dictionary<(string Workflow, string StepId), double?> RateByStep() =>
        _groups.GroupBy(p => (p.Key.Workflow, p.Key.StepId)).ToDictionary(g => g.Key,
            g => MetricContext.Rate(g.Sum(p => p.Value.InstancesWithRework), g.Sum(p => p.Value.Instances)));

    public double? OverallRate() =>
        MetricContext.Rate(_groups.Values.Sum(a => a.InstancesWithRework), _groups.Values.Sum(a => a.Instances));

    public IReadOnlyList<ReworkRow> Rows() =>
        _groups.OrderBy(p => p.Key.Workflow, StringComparer.Ordinal).ThenBy(p => p.Key.Version).ThenBy(p => p.Key.StepId, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Team, StringComparer.Ordinal).ThenBy(p => p.Key.Period, StringComparer.Ordinal)
            .Select(p =>
            {
                var (k, a) = (p.Key, p.Value);
                var s = context.Small(a.Cases);
                return new ReworkRow(k.Workflow, k.Version, k.StepId, k.StepName, k.Origin, k.Team, k.Period, a.Cases, s,
                    s ? null : a.Instances, s ? null : a.InstancesWithRework, s ? null : MetricContext.Rate(a.InstancesWithRework, a.Instances),
                    s ? null : a.ExtraExecutions);
            }).ToList();
}
