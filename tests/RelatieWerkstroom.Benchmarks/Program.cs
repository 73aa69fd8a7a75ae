using RelatieWerkstroom.Benchmarks.R1;

switch (args.FirstOrDefault())
{
    case "r1":
        await R1Benchmark.RunAsync(Console.Out, events: args.Length > 1 ? int.Parse(args[1]) : 1_000_000);
        return 0;
    default:
        Console.Error.WriteLine("usage: RelatieWerkstroom.Benchmarks r1 [EVENTS]");
        return 2;
}
