using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Internal;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>Process variants: the sequence of completed significant steps per instance, counted per workflow.</summary>
internal sealed class VariantMetric(MetricContext context) : IFrictionMetric
{
    private readonly SortedDictionary<string, VariantTable> _variants = new(StringComparer.Ordinal);

    public void Observe(ObservedEntry e)
    {
        if (e.Entry.Kind == JournalEvents.ActivityCompleted && e.Step is { IsSignificant: true } step) e.Instance.Sequence.Add(step.StepName);
    }

    public void FoldInstance(CaseWork work, InstanceWork instance, DateTimeOffset at)
    {
        if (instance.Sequence.Count > 0) VariantsOf(instance.Workflow).Add(string.Join(" → ", instance.Sequence));
    }

    public (IReadOnlyList<VariantSummaryRow>, IReadOnlyList<VariantRow>) Rows()
    {
        var summaries = new List<VariantSummaryRow>();
        var rows = new List<VariantRow>();
        foreach (var (workflow, table) in _variants)
        {
            var small = table.Counts.Values.Where(context.Small).Sum();
            summaries.Add(new VariantSummaryRow(workflow, table.Instances, table.Counts.Count, small, table.BeyondLimit));
            var rank = 0;
            foreach (var (variant, count) in table.Counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(context.Options.TopVariants))
            {
                var s = context.Small(count);
                rows.Add(new VariantRow(workflow, ++rank, s ? "(kleine variant, onderdrukt)" : variant,
                    s ? 0 : variant.Split(" → ").Length, count, s, s ? null : count, s ? null : MetricContext.Rate(count, table.Instances)));
            }
        }

        return (summaries, rows);
    }

    private VariantTable VariantsOf(string workflow)
    {
        if (!_variants.TryGetValue(workflow, out var table))
        {
            table = new VariantTable(context.Options.MaxVariantsPerWorkflow);
            _variants[workflow] = table;
        }

        return table;
    }

    /// <summary>Distinct variants of one workflow with their instance counts, capped so memory stays bounded.</summary>
    private sealed class VariantTable(int capacity)
    {
        public readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal);
        public int Instances;
        public int BeyondLimit;

        public void Add(string variant)
        {
            Instances++;
            if (Counts.TryGetValue(variant, out var count)) Counts[variant] = count + 1;
            else if (Counts.Count < capacity) Counts[variant] = 1;
            else BeyondLimit++;
        }
    }
}
