using RelatieWerkstroom.Reports.Internal;

namespace RelatieWerkstroom.Reports.Analysis.Metrics;

/// <summary>
/// One friction metric: what it reads from the journal, what it keeps per case, and how it folds a closed case into
/// its groups. Its rows are built by the metric itself, so a metric can be found and changed in one file.
/// </summary>
internal interface IFrictionMetric
{
    /// <summary>Sees one in-scope journal entry of an open case, in sequence order.</summary>
    void Observe(ObservedEntry entry)
    {
    }

    /// <summary>A workflow instance of the case finished (or the case closed with the instance still running).</summary>
    void FoldInstance(CaseWork work, InstanceWork instance, DateTimeOffset at)
    {
    }

    /// <summary>The case closed (or the journal ended); <paramref name="asOf"/> is the report's reference day.</summary>
    void FoldCase(CaseWork work, DateOnly asOf)
    {
    }
}
