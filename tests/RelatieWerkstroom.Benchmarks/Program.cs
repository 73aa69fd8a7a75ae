using RelatieWerkstroom.Benchmarks.W2;

// Usage: dotnet run -c Release --project tests/RelatieWerkstroom.Benchmarks -- w2 [--quick]
var workload = args.FirstOrDefault(a => !a.StartsWith('-'))?.ToLowerInvariant() ?? "w2";
var quick = args.Contains("--quick");
// --profile: run only RelatieWerkstroom in memory for a while (to attach dotnet-trace); not part of the report.
var profile = args.Contains("--profile");
switch (workload)
{
    case "w2":
        return profile ? await W2Benchmark.ProfileAsync() : await W2Benchmark.RunAsync(quick, args.Contains("--breakdown"));
    default:
        Console.Error.WriteLine($"unknown workload '{workload}'; known: w2");
        return 2;
}
