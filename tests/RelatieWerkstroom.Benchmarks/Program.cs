using RelatieWerkstroom.Benchmarks.R1;
using RelatieWerkstroom.Benchmarks.Sim;
using RelatieWerkstroom.Benchmarks.W1;
using RelatieWerkstroom.Benchmarks.W2;
using RelatieWerkstroom.Benchmarks.W3;
using RelatieWerkstroom.Benchmarks.W4;

// Usage: dotnet run -c Release --project tests/RelatieWerkstroom.Benchmarks -- w1 [--quick] [CASEWORKERS] | w2 [--quick] | w3 [TIMERS] [--downtime N] [--quick] | r1 [EVENTS] | w4 [SIZES…] [--quick] [--postgres] | w4-screen [TASKS] [--quick] | sim [CASES]
var workload = args.FirstOrDefault(a => !a.StartsWith('-'))?.ToLowerInvariant() ?? "w2";
var quick = args.Contains("--quick");
// --profile: run only RelatieWerkstroom in memory for a while (to attach dotnet-trace); not part of the report.
var profile = args.Contains("--profile");
switch (workload)
{
    case "w1":
        var caseworkers = args.Skip(1).FirstOrDefault(a => !a.StartsWith('-')) is { } c ? int.Parse(c) : 32;
        return await W1Benchmark.RunAsync(quick, caseworkers);
    case "w2":
        return profile ? await W2Benchmark.ProfileAsync() : await W2Benchmark.RunAsync(quick, args.Contains("--breakdown"));
    case "w3":
        var downtimeAt = Array.IndexOf(args, "--downtime");
        int? downtimeTimers = downtimeAt >= 0 && downtimeAt + 1 < args.Length ? int.Parse(args[downtimeAt + 1]) : null;
        var timers = args.Skip(1).Where((a, i) => !a.StartsWith('-') && i + 1 != downtimeAt + 1).FirstOrDefault() is { } tm ? int.Parse(tm) : 100_000;
        return await W3Benchmark.RunAsync(timers, downtimeTimers, fireCap: TimeSpan.FromSeconds(quick ? 60 : 120));
    case "r1":
        var events = args.Skip(1).FirstOrDefault(a => !a.StartsWith('-')) is { } n ? long.Parse(n) : 1_000_000;
        return await R1Benchmark.RunAsync(Console.Out, events);
    case "w4":
        var sizes = args.Skip(1).Where(a => !a.StartsWith('-')).Select(int.Parse).ToList();
        if (sizes.Count == 0) sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
        // Reading the stores (what the worklist did before its table) is timed only where it finishes in reasonable time.
        // --postgres: on the PostgreSQL server in WERKSTROOM_TEST_POSTGRES (bash .ci/postgres.sh prints one) instead of SQLite.
        var postgres = args.Contains("--postgres")
            ? Environment.GetEnvironmentVariable("WERKSTROOM_TEST_POSTGRES") is { Length: > 0 } server ? server
                : throw new InvalidOperationException("--postgres needs WERKSTROOM_TEST_POSTGRES (bash .ci/postgres.sh prints a connection string)")
            : null;
        return await W4Benchmark.RunAsync(sizes, storesReaderUpTo: 10_000, postgres);
    case "w4-screen":
        var tasks = args.Skip(1).FirstOrDefault(a => !a.StartsWith('-')) is { } t ? int.Parse(t) : 10_000;
        return await W4ScreenBenchmark.RunAsync(tasks, loads: quick ? 5 : 20);
    case "sim":
        var simCases = args.Skip(1).FirstOrDefault(a => !a.StartsWith('-')) is { } sc ? int.Parse(sc) : 10_000;
        return await SimBenchmark.RunAsync(simCases, months: 12, seed: 1);
    default:
        Console.Error.WriteLine($"unknown workload '{workload}'; known: w1, w2, w3, r1, w4, w4-screen, sim");
        return 2;
}
