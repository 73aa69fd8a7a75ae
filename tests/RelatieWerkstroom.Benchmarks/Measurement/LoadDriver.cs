using System.Diagnostics;

namespace RelatieWerkstroom.Benchmarks.Measurement;

/// <summary>Runs a fixed number of instances flat out with N concurrent starters and measures each one.</summary>
public static class LoadDriver
{
    /// <param name="instances">How many instances to run.</param>
    /// <param name="concurrency">How many starters run at once; each waits for its instance to complete before the next.</param>
    /// <param name="runInstance">Starts one instance (argument: its number) and completes when the instance has finished.</param>
    public static async Task<RunSample> RunAsync(int instances, int concurrency, Func<int, ValueTask> runInstance)
    {
        var latencies = new long[instances];
        var next = -1;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();

        var workers = new Task[concurrency];
        for (var w = 0; w < concurrency; w++)
            workers[w] = Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < instances)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    await runInstance(i);
                    latencies[i] = Stopwatch.GetTimestamp() - t0;
                }
            });
        await Task.WhenAll(workers);

        var elapsed = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new RunSample(instances, elapsed.TotalSeconds, allocated, cpu.TotalMicroseconds, latencies);
    }
}
