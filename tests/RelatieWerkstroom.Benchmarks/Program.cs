using RelatieWerkstroom.Benchmarks.R1;
using RelatieWerkstroom.Benchmarks.W2;

// Usage: dotnet run -c Release --project tests/RelatieWerkstroom.Benchmarks -- w2 [--quick] | r1 [EVENTS]
var workload = args.FirstOrDefault(a => !a.StartsWith('-'))?.ToLowerInvariant() ?? "w2";
var quick = args.Contains("--quick");
// --profile: run only RelatieWerkstroom in memory for a while (to attach dotnet-trace); not part of the report.
var profile = args.Contains("--profile");
switch (workload)
{
    case "w2":
        return profile ? await W2Benchmark.ProfileAsync() : await W2Benchmark.RunAsync(quick, args.Contains("--breakdown"));
    case "r1":
        var events = args.Skip(1).FirstOrDefault(a => !a.StartsWith('-')) is { } n ? long.Parse(n) : 1_000_000;
        return await R1Benchmark.RunAsync(Console.Out, events);
    default:
        Console.Error.WriteLine($"unknown workload '{workload}'; known: w2, r1");
        return 2;
}
