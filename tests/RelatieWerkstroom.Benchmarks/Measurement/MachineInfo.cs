using System.Runtime;
using System.Runtime.InteropServices;

namespace RelatieWerkstroom.Benchmarks.Measurement;

/// <summary>What the numbers were measured on.</summary>
public static class MachineInfo
{
    public static IEnumerable<string> Describe()
    {
        yield return $"Cores: {Environment.ProcessorCount} ({CpuModel()})";
        yield return $"OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})";
        yield return $".NET: {RuntimeInformation.FrameworkDescription}, GC: {(GCSettings.IsServerGC ? "server" : "workstation")}"
            + $"{(GCSettings.LatencyMode == GCLatencyMode.Batch ? "" : ", concurrent")}";
        yield return $"Load average at start: {LoadAverage()}";
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? "unknown CPU" : line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
