namespace RelatieWerkstroom.Reports.Internal;

/// <summary>Counts of whole-number values (days): exact quantiles in memory bounded by the value range, not the count.</summary>
internal sealed class Histogram
{
    private readonly SortedDictionary<int, long> _counts = [];

    public long Count { get; private set; }

    public long Sum { get; private set; }

    public void Add(int value)
    {
        _counts[value] = _counts.GetValueOrDefault(value) + 1;
        Count++;
        Sum += value;
    }

    public void Merge(Histogram other)
    {
        foreach (var (value, count) in other._counts)
        {
            _counts[value] = _counts.GetValueOrDefault(value) + count;
        }

        Count += other.Count;
        Sum += other.Sum;
    }

    public int? Min => Count == 0 ? null : _counts.First().Key;

    public int? Max => Count == 0 ? null : _counts.Last().Key;

    public double? Mean => Count == 0 ? null : Math.Round((double)Sum / Count, 2);

    public long CountAtLeast(int value) => _counts.Where(p => p.Key >= value).Sum(p => p.Value);

    /// <summary>The nearest-rank quantile: the smallest value with at least p·n values at or below it.</summary>
    public int? Quantile(double p)
    {
        if (Count == 0) return null;
        var rank = Math.Max(1, (long)Math.Ceiling(p * Count));
        long seen = 0;
        foreach (var (value, count) in _counts)
        {
            seen += count;
            if (seen >= rank) return value;
        }

        return _counts.Last().Key;
    }
}
