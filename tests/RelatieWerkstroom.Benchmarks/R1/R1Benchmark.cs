using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Benchmarks.Measurement;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Exports;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Privacy;

namespace RelatieWerkstroom.Benchmarks.R1;

/// <summary>
/// R1: friction analysis, XES export and OCEL export over a synthetic journal of (by default) 1 000 000 events, streamed
/// from a generator so the journal itself never sits in memory. Reports seconds, events/s, allocations, the largest
/// managed heap seen while running and the process's peak working set.
/// </summary>
public static class R1Benchmark
{
    /// <summary>Runs R1 and writes the figures to <paramref name="output"/>; returns 0.</summary>
    /// <param name="output">Where the results go (Console.Out from Program.cs).</param>
    /// <param name="events">Journal events to generate.</param>
    /// <param name="openCases">Cases in progress at any moment (interleaving, as in a real journal).</param>
    public static async Task<int> RunAsync(TextWriter output, long events = 1_000_000, int openCases = 2_000)
    {
        var options = new ReportOptions { AsOf = new DateOnly(2026, 1, 1) };
        var pseudonymizer = Pseudonymizer.FromSecret("r1-benchmark-key-not-secret-0123456789");
        var directory = Path.Combine(Path.GetTempPath(), "rw-r1-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        output.WriteLine($"R1 friction report + XES + OCEL over {events:N0} synthetic journal events ({openCases:N0} open cases at a time)");
        foreach (var line in MachineInfo.Describe()) output.WriteLine(line);
        output.WriteLine($"Disk flush (4 KB write + fsync, median of 100): {DiskFlush.MedianMilliseconds():0.000} ms");
        try
        {
            var heap = new HeapProbe();
            // The floor every phase below stands on: producing the journal events and nothing else.
            await Measure(output, "reading only", heap, async () =>
            {
                long read = 0;
                await foreach (var _ in Generate(events, openCases, heap)) read++;
                return $"{read:N0} events";
            });
            var analysis = await Measure(output, "analysis", heap, async () =>
            {
                var report = await new FrictionAnalyzer(options).AnalyzeAsync(Generate(events, openCases, heap));
                return $"{report.Manifest.CasesInScope:N0} cases, {report.Burden.Count} burden rows";
            });
            var xes = await Measure(output, "XES export", heap, async () =>
            {
                var path = Path.Combine(directory, "r1.xes");
                await using var file = File.Create(path);
                var result = await new XesExporter(options, pseudonymizer).WriteAsync(Generate(events, openCases, heap), file);
                return $"{result.Cases:N0} traces, {result.Events:N0} events, {new FileInfo(path).Length / 1e6:N1} MB";
            });
            var ocel = await Measure(output, "OCEL export", heap, async () =>
            {
                var path = Path.Combine(directory, "r1.jsonocel");
                await using var file = File.Create(path);
                var result = await new OcelExporter(options, pseudonymizer).WriteAsync(Generate(events, openCases, heap), file);
                return $"{result.Events:N0} events, {result.Objects:N0} objects, {new FileInfo(path).Length / 1e6:N1} MB";
            });
            output.WriteLine($"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB; load average at end: {MachineInfo.LoadAverage()}");
            output.WriteLine($"R1: {events:N0} events: analysis {analysis.TotalSeconds:N1} s (aim: under 5 s), XES {xes.TotalSeconds:N1} s (aim: under 10 s), " +
                $"OCEL {ocel.TotalSeconds:N1} s (aim: under 10 s); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
        }
        finally
        {
            Directory.Delete(directory, true);
        }

        return 0;
    }

    private static async Task<TimeSpan> Measure(TextWriter output, string name, HeapProbe heap, Func<Task<string>> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        heap.Reset();
        var allocated = GC.GetTotalAllocatedBytes(true);
        var stopwatch = Stopwatch.StartNew();
        var what = await run();
        stopwatch.Stop();
        var allocatedMb = (GC.GetTotalAllocatedBytes(true) - allocated) / 1e6;
        output.WriteLine(
            $"{name,-12} {stopwatch.Elapsed.TotalSeconds,7:N2} s  {heap.Events / stopwatch.Elapsed.TotalSeconds,10:N0} events/s  " +
            $"allocated {allocatedMb,8:N0} MB  max managed heap {heap.MaxHeap / 1e6,6:N0} MB (start {heap.StartHeap / 1e6:N0} MB)  " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB  — {what}");
        return stopwatch.Elapsed;
    }

    /// <summary>Samples the managed heap while the generator runs, to show that memory stays flat as the journal grows.</summary>
    private sealed class HeapProbe
    {
        public long Events;
        public long MaxHeap;
        public long StartHeap;

        public void Reset()
        {
            Events = 0;
            StartHeap = GC.GetTotalMemory(false);
            MaxHeap = StartHeap;
        }

        public void Tick()
        {
            if (++Events % 50_000 != 0) return;
            var heap = GC.GetTotalMemory(false);
            if (heap > MaxHeap) MaxHeap = heap;
        }
    }

    private static async IAsyncEnumerable<JournalEntry> Generate(long total, int openCases, HeapProbe heap, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var random = new Random(1849);
        var start = new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.Zero);
        var active = new List<SyntheticCase>(openCases);
        var nextCase = 0;
        for (long sequence = 1; sequence <= total; sequence++)
        {
            if (active.Count < openCases) active.Add(new SyntheticCase(nextCase++, random));
            var index = random.Next(active.Count);
            var c = active[index];
            // Thirty seconds per event in the whole journal: with 2 000 cases open a case takes weeks, like real casework.
            var entry = c.Next(sequence, start.AddSeconds(sequence * 30));
            if (c.Done)
            {
                active[index] = active[^1];
                active.RemoveAt(active.Count - 1);
            }

            heap.Tick();
            yield return entry;
            if (sequence % 100_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
            }
        }
    }

    /// <summary>One Wmo-like case: intake, onderzoek (sometimes twice), bewijs, toets, beslispunt, besluit, toewijzing, with a beslistermijn.</summary>
    private sealed class SyntheticCase
    {
        private static readonly string[] Teams = ["noord", "zuid", "oost", "west", "centrum"];
        private static readonly string Intake = Friction("national", "consulent", 45, 60, 0, "Wmo 2015 art. 2.3.2 lid 1");
        private static readonly string Onderzoek = Friction("national", "consulent", 120, 90, 0, "Wmo 2015 art. 2.3.2 lid 4");
        private static readonly string Bewijs = Friction("local", "backoffice", 15, 30, 7.5, "Verordening Wmo art. 6");
        private static readonly string Toets = Friction("internal", "teamleider", 20, 0, 0, "Werkinstructie vier-ogen");
        private static readonly string Beslis = Friction("national", "consulent", 30, 0, 0, "Awb art. 4:84");
        private static readonly string Toewijzing = Friction("contract", "backoffice", 10, 0, 0, "Raamovereenkomst Wmo");
        private static readonly string Clock = Friction("national", "system", 0, 0, 0, "Wmo 2015 art. 2.3.5 lid 3");

        private readonly List<Func<long, DateTimeOffset, JournalEntry>> _script = [];
        private readonly string _caseId;
        private readonly string _instanceId;
        private readonly string _team;
        private int _position;

        public SyntheticCase(int number, Random random)
        {
            _caseId = $"zaak-{number:000000}";
            _instanceId = $"inst-{number:000000}";
            _team = Teams[random.Next(Teams.Length)];
            var user = $"medewerker-{random.Next(40)}";
            _script.Add((s, t) => Entry(s, t, JournalEvents.InstanceStarted, payload: $"{{\"team\":\"{_team}\"}}"));
            ClockStep("ClockStarted");
            Task("intake", "Intake", "consulent", Intake, user);
            Task("onderzoek", "Onderzoek", "consulent", Onderzoek, user);
            if (random.NextDouble() < 0.25) Task("onderzoek", "Onderzoek", "consulent", Onderzoek, user);
            Service("bewijs", "Inkomensbewijs", Bewijs);
            Task("toets", "Vier-ogentoets", "teamleider", Toets, "teamleider-" + random.Next(5));
            var deviate = random.NextDouble() < 0.2;
            Discretion(deviate ? "maatwerk" : "standaard", deviate ? 40 + random.Next(300) : 0, user);
            _script.Add((s, t) => Entry(s, t, "DecisionTaken", "besluit", "Besluit vastleggen", Beslis,
                payload: $"{{\"decisionOption\":\"{(deviate ? "maatwerk" : "toekennen")}\",\"reassessment\":false}}"));
            ClockStep("ClockStopped");
            Service("toewijzen", "Toewijzing versturen", Toewijzing);
            _script.Add((s, t) => Entry(s, t, "MessageQueued", "toewijzen", "Toewijzing versturen", Toewijzing,
                payload: $"{{\"kind\":\"WMO301\",\"toewijzingId\":\"tw-{number}\",\"providerId\":\"aanbieder-{number % 50}\"}}"));
            _script.Add((s, t) => Entry(s, t, JournalEvents.InstanceFinished));
        }

        public bool Done => _position >= _script.Count;

        public JournalEntry Next(long sequence, DateTimeOffset time) => _script[_position++](sequence, time);

        private static string Friction(string origin, string actor, double minutes, double citizen, double outOfPocket, string basis) =>
            new JsonObject
            {
                ["origin"] = origin, ["basis"] = basis, ["actor"] = actor, ["minutes"] = minutes, ["citizenMinutes"] = citizen,
                ["outOfPocket"] = outOfPocket, ["purpose"] = "synthetisch",
            }.ToJsonString();

        private void ClockStep(string kind)
        {
            var id = "clock-" + kind;
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivityStarted, id, id, Clock, "RelatieWerkstroom.LegalClock"));
            _script.Add((s, t) => Entry(s, t, kind, id, id, Clock, "RelatieWerkstroom.LegalClock",
                payload: $"{{\"clock\":\"beslistermijn\",\"term\":\"2 weeks\",\"deadline\":\"{t.AddDays(kind == "ClockStarted" ? 14 : 0):yyyy-MM-dd}\",\"legalBasis\":\"Wmo 2015 art. 2.3.5 lid 3\"}}"));
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivityCompleted, id, id, Clock, "RelatieWerkstroom.LegalClock"));
        }

        private void Task(string id, string name, string role, string friction, string user)
        {
            const string type = "RelatieWerkstroom.HumanTask";
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivityStarted, id, name, friction, type));
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivitySuspended, id, name, friction, type, payload: "{\"kind\":\"HumanTask\"}"));
            _script.Add((s, t) => Entry(s, t, "TaskClaimed", id, name, friction, type, user, $"{{\"role\":\"{role}\"}}"));
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivityResumed, id, name, friction, type, user, "{\"kind\":\"HumanTask\"}"));
            _script.Add((s, t) => Entry(s, t, "TaskCompleted", id, name, friction, type, user, $"{{\"action\":\"Gereed\",\"role\":\"{role}\"}}"));
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivityCompleted, id, name, friction, type, user));
        }

        private void Service(string id, string name, string friction)
        {
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivityStarted, id, name, friction, "RelatieWerkstroom.ServiceStep"));
            _script.Add((s, t) => Entry(s, t, JournalEvents.StepCompleted, id, name, friction, "RelatieWerkstroom.ServiceStep",
                payload: "{\"request\":\"Synthetic\",\"durationMs\":12.5,\"success\":true}"));
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivityCompleted, id, name, friction, "RelatieWerkstroom.ServiceStep"));
        }

        private void Discretion(string option, int reasonLength, string user)
        {
            const string type = "RelatieWerkstroom.DiscretionPoint";
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivityStarted, "dp10", "Beslispunt maatwerk", Beslis, type));
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivitySuspended, "dp10", "Beslispunt maatwerk", Beslis, type, payload: "{\"kind\":\"DiscretionPoint\"}"));
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivityResumed, "dp10", "Beslispunt maatwerk", Beslis, type, user, "{\"kind\":\"DiscretionPoint\"}"));
            _script.Add((s, t) => Entry(s, t, "DiscretionDecided", "dp10", "Beslispunt maatwerk", Beslis, type, user,
                $"{{\"discretionId\":\"RW1-DP10\",\"option\":\"{option}\",\"defaultOption\":\"standaard\",\"deviation\":{(option != "standaard" ? "true" : "false")},\"reasonLength\":{reasonLength},\"role\":\"consulent\"}}"));
            _script.Add((s, t) => Entry(s, t, JournalEvents.ActivityCompleted, "dp10", "Beslispunt maatwerk", Beslis, type, user));
        }

        private JournalEntry Entry(long sequence, DateTimeOffset time, string kind, string? activityId = null, string? name = null,
            string? friction = null, string? type = null, string actor = "system", string? payload = null) => new()
        {
            Sequence = sequence,
            InstanceId = _instanceId,
            DefinitionId = "wmo-maatwerk",
            DefinitionVersion = 1,
            ActivityId = activityId,
            ActivityName = name,
            ActivityType = type,
            Kind = kind,
            Actor = actor,
            Timestamp = time,
            PayloadJson = payload,
            FrictionJson = friction,
            CorrelationId = _caseId,
        };
    }
}
