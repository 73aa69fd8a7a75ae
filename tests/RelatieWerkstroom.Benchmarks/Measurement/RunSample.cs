using System.Diagnostics;

namespace RelatieWerkstroom.Benchmarks.Measurement;

/// <summary>What one flat-out run measured, with every instance's latency (in Stopwatch ticks).</summary>
public sealed record RunSample(int Instances, double Seconds, long AllocatedBytes, double CpuMicroseconds, long[] Latencies)
{
    /// <summary>Several runs of one round as one result: totals added up, latency percentiles over all instances.</summary>
    public static RunStats Combine(IReadOnlyList<RunSample> samples)
    {
        var instances = samples.Sum(s => s.Instances);
        var latencies = samples.SelectMany(s => s.Latencies).ToArray();
        Array.Sort(latencies);
        double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        return new RunStats(instances, samples.Sum(s => s.Seconds), Percentile(0.50), Percentile(0.95), Percentile(0.99),
            (double)samples.Sum(s => s.AllocatedBytes) / instances, samples.Sum(s => s.CpuMicroseconds) / instances);
    }
}
