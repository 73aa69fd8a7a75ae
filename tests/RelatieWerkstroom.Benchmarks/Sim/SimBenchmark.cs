using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Benchmarks.Measurement;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Simulation;
using RelatieWerkstroom.Simulation.Seeding;

namespace RelatieWerkstroom.Benchmarks.Sim;

/// <summary>
/// The simulation target of issue 12: a caseload through the reference workflows, as <c>werkstroom simulate --municipality
/// voorbeeldstad</c> runs it (the repository's workflows/ and workflows/settings/simulation.json, <see cref="CaseloadImport"/>
/// into a new SQLite file), in this process so that its time, CPU, allocations and peak memory can be read.
/// </summary>
public static class SimBenchmark
{
    private const double AimSeconds = 20;

    public static async Task<int> RunAsync(int cases, int months, int seed)
    {
        Console.WriteLine($"sim: {cases:N0} cases over {months} months, seed {seed}, reference workflows with the voorbeeldstad settings, into a new SQLite file (WAL, synchronous=FULL), as `werkstroom simulate` runs it");
        foreach (var line in MachineInfo.Describe()) Console.WriteLine(line);
        Console.WriteLine($"Disk flush (4 KB write + fsync, median of 100): {DiskFlush.MedianMilliseconds():0.000} ms");
        Console.WriteLine();

        var workflows = Path.Combine(RepositoryRoot(), "workflows");
        var settingsDirectory = Path.Combine(workflows, "settings");
        var definitions = Directory.GetFiles(workflows, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            .Select(f => WorkflowDefinitionReader.Parse(File.ReadAllText(f))).ToList();
        var settings = SimulationSettingsLoader.LoadFile(Path.Combine(settingsDirectory, "simulation.json"));
        var municipality = await MunicipalitySettingsLoader.LoadAsync(settingsDirectory, "voorbeeldstad");
        var request = new SimulationRequest(cases, months, seed, settings, definitions, municipality);

        var folder = Directory.CreateTempSubdirectory("rw-sim-");
        var path = Path.Combine(folder.FullName, "sim.db");
        try
        {
            var services = new ServiceCollection().AddPersistence(PersistenceOptions.ForSqliteFile(path)).BuildServiceProvider();
            await using (services)
            {
                await services.InitializePersistenceAsync();
                GC.Collect();
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(true);
                var gen2 = GC.CollectionCount(2);
                var maxHeap = 0L;
                using var sampler = new Timer(_ => maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(false)), null, 0, 100);
                var wall = Stopwatch.StartNew();
                var result = await CaseloadImport.SimulateIntoAsync(services.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>(), request);
                wall.Stop();
                process.Refresh();
                var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
                var allocatedMb = (GC.GetTotalAllocatedBytes(true) - allocated) / 1e6;
                var o = result.Outcome;
                Console.WriteLine($"cases {o.CasesOpened:N0} (+ {o.Herindicaties:N0} herindicaties, {o.Bezwaren:N0} bezwaren), tasks {o.TasksCompleted:N0}, decisions {o.Decisions:N0}, " +
                    $"timers {o.TimersFired:N0}, instances {o.Instances:N0}, journal {o.JournalEntries:N0} entries, problems {o.ProblemCount}");
                Console.WriteLine($"rows written: {string.Join(", ", result.RowsWritten.Select(r => $"{r.Key} {r.Value:N0}"))}; database {new FileInfo(path).Length / 1e6:N0} MB");
                Console.WriteLine($"time: simulation (journal written alongside) {result.Simulated.TotalSeconds:N1} s, storing the rest and committing {result.Stored.TotalSeconds:N1} s, total {wall.Elapsed.TotalSeconds:N1} s");
                Console.WriteLine($"CPU {cpuMs / 1000:N1} s ({cpuMs / wall.Elapsed.TotalMilliseconds:N2} cores), allocated {allocatedMb:N0} MB ({allocatedMb * 1e3 / Math.Max(1, o.JournalEntries):N1} KB per journal entry), " +
                    $"gen-2 collections {GC.CollectionCount(2) - gen2}, largest managed heap seen {maxHeap / 1e6:N0} MB, peak working set {process.PeakWorkingSet64 / 1e6:N0} MB");
                Console.WriteLine($"Load average at end: {MachineInfo.LoadAverage()}");
                foreach (var problem in o.Problems) Console.WriteLine($"problem: {problem}");
                Console.WriteLine($"sim: {cases:N0} cases over {months} months in {wall.Elapsed.TotalSeconds:N1} s (aim: under {AimSeconds:N0} s), peak working set {process.PeakWorkingSet64 / 1e6:N0} MB");
                return o.ProblemCount == 0 ? 0 : 1;
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RelatieWerkstroom.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("RelatieWerkstroom.sln not found above " + AppContext.BaseDirectory);
    }
}
