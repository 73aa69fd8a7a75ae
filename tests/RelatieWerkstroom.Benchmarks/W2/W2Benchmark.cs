using System.Diagnostics;
using System.Globalization;
using RelatieWerkstroom.Benchmarks.Measurement;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Benchmarks.W2;

/// <summary>W2 (benchmarks.md): ten service steps in a row, nothing waits; RelatieWerkstroom against WorkflowCore side by side.</summary>
public static class W2Benchmark
{
    public static async Task<int> RunAsync(bool quick, bool breakdown = false)
    {
        var cores = Environment.ProcessorCount;
        var rounds = quick ? 3 : 7;
        var runSeconds = quick ? 0.5 : 1.5;
        var total = Stopwatch.StartNew();

        Console.WriteLine("W2: ten service steps in a row, nothing waits (benchmarks.md)");
        foreach (var line in MachineInfo.Describe()) Console.WriteLine("  " + line);
        var flush = DiskFlush.MedianMilliseconds();
        Console.WriteLine($"  Disk flush (4 KB write + fsync, median of 100): {flush:0.000} ms, i.e. at most ~{1000 / flush:N0} durable commits/s one at a time");
        Console.WriteLine($"  Each side: warm-up, then {rounds} rounds of ~{runSeconds:0.0} s flat out, interleaved with the other sides; medians reported.");
        Console.WriteLine();

        IW2Side[] sides =
        [
            new RelatieWerkstroomSide("RelatieWerkstroom, in memory", StoreLease.InMemory, concurrency: cores),
            new WorkflowCoreSide(concurrency: int.TryParse(Environment.GetEnvironmentVariable("W2_WC_STARTERS"), out var wc) ? wc : 64),
            new RelatieWerkstroomSide("RelatieWerkstroom, in memory, store filling up", StoreLease.InMemory, concurrency: cores, maxInstancesPerRun: 400_000),
            new RelatieWerkstroomSide("RelatieWerkstroom, SQLite (EF Core store)", StoreLease.EFCoreSqlite, concurrency: 8, maxInstancesPerRun: 400_000),
            new RelatieWerkstroomSide("RelatieWerkstroom, SQLite (plain ADO.NET)", StoreLease.AdoNetSqlite, concurrency: 8, maxInstancesPerRun: 400_000),
            .. breakdown
                ? (IW2Side[])
                [
                    new RelatieWerkstroomSide("  breakdown: journal not kept", NoJournal, cores),
                    new RelatieWerkstroomSide("  breakdown: WriteLine steps, no MediatR", StoreLease.InMemory, cores, plainSteps: true),
                    new RelatieWerkstroomSide("  breakdown: WriteLine steps, journal not kept", NoJournal, cores, plainSteps: true),
                ]
                : [],
        ];

        // Warm up each side for a while (JIT tiers, pools, caches) and size its runs from the last warm-up run.
        var sizes = new Dictionary<IW2Side, int>();
        var warmUp = TimeSpan.FromSeconds(quick ? 1 : 2);
        foreach (var side in sides)
        {
            Console.Write($"warming up {side.Name} … ");
            var clock = Stopwatch.StartNew();
            var size = 100;
            RunStats warm;
            do
            {
                warm = await MeasureAsync(side, size);
                size = (int)Math.Clamp(warm.PerSecond * runSeconds, 100, side.MaxInstancesPerRun);
            }
            while (clock.Elapsed < warmUp);
            sizes[side] = size;
            Console.WriteLine($"{warm.PerSecond:N0}/s, {size:N0} instances per run");
        }

        var results = sides.ToDictionary(s => s, _ => new List<RunStats>());
        for (var round = 0; round < rounds; round++)
            foreach (var side in sides)
                results[side].Add(await MeasureAsync(side, sizes[side], runSeconds));

        Console.WriteLine();
        var table = new List<string[]>
        {
            new[] { "side", "starters", "inst/run", "inst/s (median)", "range", "activities/s", "p50 ms", "p95 ms", "p99 ms", "CPU µs/inst", "alloc/inst" },
        };
        foreach (var side in sides)
        {
            var runs = results[side];
            var median = RunStats.Median(runs);
            table.Add(
            [
                side.Name, side.Concurrency.ToString(CultureInfo.InvariantCulture), sizes[side].ToString("N0", CultureInfo.InvariantCulture),
                median.PerSecond.ToString("N0", CultureInfo.InvariantCulture),
                $"{runs.Min(r => r.PerSecond).ToString("N0", CultureInfo.InvariantCulture)}–{runs.Max(r => r.PerSecond).ToString("N0", CultureInfo.InvariantCulture)}",
                (median.PerSecond * W2Definition.Steps).ToString("N0", CultureInfo.InvariantCulture),
                median.P50Ms.ToString("0.000", CultureInfo.InvariantCulture), median.P95Ms.ToString("0.000", CultureInfo.InvariantCulture),
                median.P99Ms.ToString("0.000", CultureInfo.InvariantCulture),
                median.CpuMicrosPerInstance.ToString("0.0", CultureInfo.InvariantCulture), FormatBytes(median.AllocatedBytesPerInstance),
            ]);
        }
        PrintTable(table);
        Console.WriteLine();
        Console.WriteLine("Latency is per instance from start call to completion, under the same flat-out load. The two in-memory sides of the ratio");
        Console.WriteLine("run at most 1 000 instances per run on a fresh store (WorkflowCore's list store slows down as it fills); \"store filling up\"");
        Console.WriteLine($"keeps one store for a whole round. Load average now: {MachineInfo.LoadAverage()}. Total time {total.Elapsed.TotalSeconds:0} s.");

        // Each round runs the sides one after another, so a round's two in-memory runs saw about the same machine load.
        var paired = results[sides[0]].Zip(results[sides[1]], (rw, wc) => rw.PerSecond / wc.PerSecond).ToList();
        Console.WriteLine("In-memory ratio per round (same load): " + string.Join(", ", paired.Select(r => r.ToString("0.0", CultureInfo.InvariantCulture)))
            + $"; median {RunStats.Median(paired.Select(r => new RunStats(1, 1 / r, 0, 0, 0, 0, 0)).ToList()).PerSecond.ToString("0.0", CultureInfo.InvariantCulture)}."
            + $" CPU time per instance: WorkflowCore/RelatieWerkstroom = {(RunStats.Median(results[sides[1]]).CpuMicrosPerInstance / RunStats.Median(results[sides[0]]).CpuMicrosPerInstance).ToString("0.0", CultureInfo.InvariantCulture)}.");
        var ratio = RunStats.Median(results[sides[0]]).PerSecond / RunStats.Median(results[sides[1]]).PerSecond;
        Console.WriteLine($"W2 ratio (RelatieWerkstroom/WorkflowCore instances per second, in memory): {ratio.ToString("0.00", CultureInfo.InvariantCulture)} (aim: at least 20)");
        return 0;
    }

    /// <summary>Runs RelatieWerkstroom in memory for about 20 seconds, for a profiler.</summary>
    public static async Task<int> ProfileAsync()
    {
        var keep = Environment.GetEnvironmentVariable("W2_KEEP_JOURNAL") != "0";
        var plain = Environment.GetEnvironmentVariable("W2_PLAIN") == "1";
        var side = new RelatieWerkstroomSide("RelatieWerkstroom, in memory", keep ? StoreLease.InMemory : NoJournal, Environment.ProcessorCount, plain,
            int.TryParse(Environment.GetEnvironmentVariable("W2_CAP"), out var cap) ? cap : 400_000);
        var until = Stopwatch.StartNew();
        while (until.Elapsed < TimeSpan.FromSeconds(int.Parse(Environment.GetEnvironmentVariable("W2_SECONDS") ?? "20", CultureInfo.InvariantCulture)))
        {
            var (g0, g1, g2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var stats = await MeasureAsync(side, Math.Min(20_000, side.MaxInstancesPerRun), 1.0);
            Console.WriteLine($"{stats.PerSecond:N0}/s, {stats.CpuMicrosPerInstance:0.0} µs CPU/instance, {stats.AllocatedBytesPerInstance / 1024:0.0} KB/instance, " +
                $"GC {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2} pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms of {stats.Seconds * 1000:0} ms");
        }
        return 0;
    }

    private static Task<StoreLease> NoJournal() =>
        Task.FromResult(new StoreLease(new InMemoryWorkflowInstanceStore { KeepJournal = false }, () => ValueTask.CompletedTask));

    /// <summary>One measurement: runs of <paramref name="instances"/> until about <paramref name="seconds"/> have passed (at least one).</summary>
    private static async Task<RunStats> MeasureAsync(IW2Side side, int instances, double seconds = 0)
    {
        var samples = new List<RunSample>();
        do
        {
            await side.PrepareAsync();
            try
            {
                samples.Add(await LoadDriver.RunAsync(instances, side.Concurrency, side.RunInstanceAsync));
            }
            finally
            {
                await side.CleanupAsync();
            }
        }
        while (samples.Sum(s => s.Seconds) < seconds);
        return RunSample.Combine(samples);
    }

    private static string FormatBytes(double bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024 / 1024:0.0} MB" : $"{bytes / 1024:0.0} KB";

    private static void PrintTable(List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        for (var r = 0; r < rows.Count; r++)
        {
            Console.WriteLine(string.Join("  ", rows[r].Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))));
            if (r == 0) Console.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        }
    }
}
