namespace RelatieWerkstroom.Benchmarks.Measurement;

/// <summary>The result of one flat-out run: throughput, latency percentiles and allocation per instance.</summary>
public sealed record RunStats(int Instances, double Seconds, double P50Ms, double P95Ms, double P99Ms, double AllocatedBytesPerInstance, double CpuMicrosPerInstance)
{
    public double PerSecond => Instances / Seconds;

    /// <summary>The median of several runs, per column (each column's own median).</summary>
    public static RunStats Median(IReadOnlyList<RunStats> runs)
    {
        static double Med(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var perSecond = Med(runs.Select(r => r.PerSecond));
        return new RunStats(1, 1 / perSecond, Med(runs.Select(r => r.P50Ms)), Med(runs.Select(r => r.P95Ms)),
            Med(runs.Select(r => r.P99Ms)), Med(runs.Select(r => r.AllocatedBytesPerInstance)),
            Med(runs.Select(r => r.CpuMicrosPerInstance)));
    }
}
