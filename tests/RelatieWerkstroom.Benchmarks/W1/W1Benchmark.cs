using System.Collections.Concurrent;
using System.Diagnostics;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RelatieWerkstroom.Benchmarks.Measurement;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Scheduling;
using RelatieWerkstroom.Scheduling.Extensions;
using RelatieWerkstroom.Scheduling.LegalClocks;

namespace RelatieWerkstroom.Benchmarks.W1;

/// <summary>
/// W1, the casework path: the product's host composition (AddWerkstroom on a SQLite file, its Quartz scheduling, so both
/// timers fire through the product's job), caseworkers who read their worklist, claim and complete tasks through the
/// Casework handlers the web API sends to. Flat out (every caseworker keeps a few cases of its own going), then at a
/// fixed arrival rate of half that; each on a fresh database. Commits are counted on the product's context (EF Core
/// diagnostics) and in Quartz's job store; the commit bound is measured in the same run.
/// </summary>
public static class W1Benchmark
{
    private const int CasesPerCaseworker = 2;
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(250);

    public static async Task<int> RunAsync(bool quick, int caseworkers)
    {
        var warmup = TimeSpan.FromSeconds(quick ? 5 : 10);
        var window = TimeSpan.FromSeconds(quick ? 15 : 60);
        Console.WriteLine($"W1 casework path: {W1Definition.DefinitionId} (10 activities, 3 human tasks, 2 timers of {W1Definition.Delay.TotalSeconds:N0} s), SQLite file, WAL, synchronous=FULL, Quartz job store in the same file");
        foreach (var line in MachineInfo.Describe()) Console.WriteLine(line);
        var flush = DiskFlush.MedianMilliseconds();
        Console.WriteLine($"Disk flush (4 KB write + fsync, median of 100): {flush:0.000} ms");
        Console.WriteLine($"Warm-up {warmup.TotalSeconds:N0} s, measured window {window.TotalSeconds:N0} s per mode");
        Console.WriteLine();

        var flat = await RunModeAsync($"flat out, {caseworkers} caseworkers × {CasesPerCaseworker} cases", caseworkers, arrivalsPerSecond: null, warmup, window);
        Print(flat);
        var rate = Math.Max(0.5, Math.Round(flat.InstancesPerSecond / 2, 1));
        var paced = await RunModeAsync($"fixed arrival rate {rate:N1}/s, {caseworkers} caseworkers", caseworkers, rate, warmup, window);
        Print(paced);

        var bytesPerCommit = (int)Math.Clamp(flat.DbBytesPerInstance / Math.Max(1, flat.CommitsPerInstance), 64, 1 << 20);
        var bound = CommitBound.CommitsPerSecond(bytesPerCommit, TimeSpan.FromSeconds(quick ? 3 : 5));
        Console.WriteLine($"Commit bound: {bound:N0} single-row commits/s of {bytesPerCommit:N0} bytes (plain Microsoft.Data.Sqlite loop, WAL, synchronous=FULL, same disk)");
        Console.WriteLine();
        Console.WriteLine("| mode | instances/s | commits/instance (product + Quartz) | statements/instance (commands) | CPU ms/instance | DB bytes/instance | complete → next task visible p50 / p95 / p99 ms | timer due → resumed p50 / p95 / p99 ms | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in new[] { flat, paced })
            Console.WriteLine($"| {r.Mode} | {r.InstancesPerSecond:N2} | {r.CommitsPerInstance:N1} ({r.ProductCommitsPerInstance:N1} + {r.QuartzCommitsPerInstance:N1}) | " +
                $"{r.StatementsPerInstance:N0} ({r.CommandsPerInstance:N0}) | {r.CpuMsPerInstance:N1} | {r.DbBytesPerInstance:N0} | {r.NextTask} | {r.TimerLateness} | {r.Errors} |");
        var used = flat.InstancesPerSecond * flat.CommitsPerInstance;
        Console.WriteLine($"CPU per commit (flat out): {flat.CpuMsPerInstance / flat.CommitsPerInstance:N2} ms; commits/s used flat out: {used:N0}");
        Console.WriteLine($"W1 ratio (commits per second used / commit bound): {used / bound:N2} (aim: at least 0.50); flat out {flat.InstancesPerSecond:N2} instances/s");
        return 0;
    }

    private static void Print(ModeResult r)
    {
        Console.WriteLine($"{r.Mode}: {r.Instances} instances finished in {r.Seconds:N1} s = {r.InstancesPerSecond:N2}/s");
        Console.WriteLine($"  commits/instance {r.CommitsPerInstance:N1} (product {r.ProductCommitsPerInstance:N1}, Quartz {r.QuartzCommitsPerInstance:N1}), " +
            $"statements/instance {r.StatementsPerInstance:N0} in {r.CommandsPerInstance:N0} commands, CPU {r.CpuMsPerInstance:N1} ms/instance, DB {r.DbBytesPerInstance:N0} bytes/instance");
        Console.WriteLine($"  complete → next task visible in the worklist p50/p95/p99: {r.NextTask} ms (n={r.NextTask.Count}); timer due → resumed burst committed: {r.TimerLateness} ms (n={r.TimerLateness.Count})");
        foreach (var (error, count) in r.ErrorKinds) Console.WriteLine($"  error ×{count}: {error}");
        Console.WriteLine();
    }

    private static async Task<ModeResult> RunModeAsync(string mode, int caseworkers, double? arrivalsPerSecond, TimeSpan warmup, TimeSpan window)
    {
        var directory = Path.Combine(Path.GetTempPath(), "rw-w1-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "w1.db");
        var tracker = new InstanceTracker();
        using var efCounters = new EfCoreCounters();
        try
        {
            using var host = BuildHost(PersistenceOptions.ForSqliteFile(path), tracker);
            await host.Services.InitializePersistenceAsync();
            await host.Services.GetRequiredService<IWorkflowDefinitionStore>().SaveAsync([W1Definition.Build()]);
            await host.StartAsync();

            using var stop = new CancellationTokenSource();
            var run = new RunState(host.Services, tracker, stop.Token);
            var users = Enumerable.Range(0, caseworkers).Select(w => new User($"u-w1-{w:00}", "Consulent", [Roles.Consulent], $"team-{w:00}")).ToArray();
            var tasks = users.Select(u => Task.Run(() => CaseworkerAsync(run, u, opensOwnCases: arrivalsPerSecond is null))).ToList();
            if (arrivalsPerSecond is { } rate) tasks.Add(Task.Run(() => ArrivalsAsync(run, users, rate)));

            await Task.Delay(warmup);
            var before = Snapshot.Take(efCounters, tracker, path);
            run.Measuring = true;
            await Task.Delay(window);
            run.Measuring = false;
            var after = Snapshot.Take(efCounters, tracker, path);
            stop.Cancel();
            await Task.WhenAll(tasks);
            await host.StopAsync();
            // Quartz keeps one log provider per process; the next mode's host must not log through this one's disposed factory.
            Quartz.Logging.LogContext.SetCurrentLogProvider(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

            var instances = Math.Max(1, after.Finished - before.Finished);
            var seconds = (after.At - before.At) / (double)Stopwatch.Frequency;
            return new ModeResult(mode, after.Finished - before.Finished, seconds,
                (after.ProductCommits - before.ProductCommits) / (double)instances,
                (after.QuartzCommits - before.QuartzCommits) / (double)instances,
                (after.Statements - before.Statements) / (double)instances,
                (after.Commands - before.Commands) / (double)instances,
                (after.Cpu - before.Cpu).TotalMilliseconds / instances,
                (after.DbBytes - before.DbBytes) / (double)instances,
                Percentiles.Of(run.NextTaskLatencies), Percentiles.Of(tracker.TimerLateness),
                run.Errors.OrderByDescending(e => e.Value).Select(e => (e.Key, e.Value)).ToList());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, true);
        }
    }

    private static IHost BuildHost(PersistenceOptions persistence, InstanceTracker tracker)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddWerkstroom(persistence);
        services.AddSingleton<IBurstCommitListener>(tracker);
        services.AddSingleton<ILegalClockSource, CaseFileLegalClockSource>();
        services.AddScheduling(
            new SchedulingOptions { Database = SchedulingDatabase.Sqlite, ConnectionString = persistence.ResolveConnectionString() },
            q => q.SetProperty("quartz.jobStore.type", typeof(CountingJobStore).AssemblyQualifiedName!));
        return builder.Build();
    }

    // One caseworker: reads the own team's worklist, claims and completes the first task it may act on; opens a new case of
    // its own when it has nothing to do and fewer than CasesPerCaseworker going (flat out); otherwise looks again later.
    private static async Task CaseworkerAsync(RunState run, User user, bool opensOwnCases)
    {
        var awaited = new Dictionary<string, long>(StringComparer.Ordinal); // next task's bookmark id → when its completion began
        var going = 0;
        var operation = 0;
        while (!run.Stop.IsCancellationRequested)
        {
            try
            {
                var page = await run.SendAsync(new GetWorklist.PageQuery(new WorklistRequest(user, Take: 10)));
                var seen = Stopwatch.GetTimestamp();
                foreach (var item in page.Items)
                    if (awaited.Remove(item.BookmarkId, out var began) && run.Measuring)
                        lock (run.NextTaskLatencies) run.NextTaskLatencies.Add(Stopwatch.GetElapsedTime(began, seen).TotalMilliseconds);
                var task = page.Items.FirstOrDefault(i => i.Kind == "HumanTask" && (i.AssignedTo is null || i.AssignedTo == user.Id));
                if (task is not null)
                {
                    await run.SendAsync(new ClaimTask.Command(user, task.BookmarkId));
                    var began = Stopwatch.GetTimestamp();
                    var result = await run.SendAsync(new CompleteTask.Command(user, task.BookmarkId, "Gereed", null, $"{user.Id}-{++operation}"));
                    foreach (var next in result.Bookmarks.Where(b => b.Kind == "HumanTask")) awaited[next.Id] = began;
                    if (task.ActivityId == "besluit") going--;
                    continue;
                }
                if (opensOwnCases && going < CasesPerCaseworker)
                {
                    await OpenCaseAsync(run, user);
                    going++;
                    continue;
                }
                await Task.Delay(IdlePoll, run.Stop);
            }
            catch (OperationCanceledException) when (run.Stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                run.Errors.AddOrUpdate($"{ex.GetType().Name}: {ex.Message[..Math.Min(160, ex.Message.Length)]}", 1, (_, n) => n + 1);
            }
        }
    }

    private static Task<OpenCaseFile.Result> OpenCaseAsync(RunState run, User user) =>
        run.SendAsync(new OpenCaseFile.Command(W1Definition.Zaaktype, user.Team, user, Title: "W1 aanvraag", DefinitionId: W1Definition.DefinitionId));

    // Fixed arrival rate: cases arrive on schedule (not when the previous one is done), over the teams in turn.
    private static async Task ArrivalsAsync(RunState run, User[] users, double perSecond)
    {
        var start = Stopwatch.GetTimestamp();
        var pending = new List<Task>();
        for (var k = 0; !run.Stop.IsCancellationRequested; k++)
        {
            var due = TimeSpan.FromSeconds(k / perSecond) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(due, run.Stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            var user = users[k % users.Length];
            pending.Add(Task.Run(async () =>
            {
                try
                {
                    await OpenCaseAsync(run, user);
                }
                catch (Exception ex)
                {
                    run.Errors.AddOrUpdate($"{ex.GetType().Name}: {ex.Message[..Math.Min(160, ex.Message.Length)]}", 1, (_, n) => n + 1);
                }
            }));
            pending.RemoveAll(t => t.IsCompleted);
        }
        await Task.WhenAll(pending);
    }

    private sealed class RunState(IServiceProvider services, InstanceTracker tracker, CancellationToken stop)
    {
        public CancellationToken Stop => stop;
        public InstanceTracker Tracker => tracker;
        public volatile bool Measuring;
        public readonly List<double> NextTaskLatencies = [];
        public readonly ConcurrentDictionary<string, int> Errors = new();

        // A scope per request, as the web host has one per HTTP request.
        public async Task<T> SendAsync<T>(IRequest<T> request)
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, CancellationToken.None);
        }
    }

    /// <summary>Counts finished instances and how late each timer's resuming burst committed after its due time.</summary>
    private sealed class InstanceTracker : IBurstCommitListener
    {
        private readonly ConcurrentDictionary<string, (string BookmarkId, DateTimeOffset DueAt)> _timers = new(StringComparer.Ordinal);
        private long _finished;
        public readonly List<double> TimerLateness = [];
        public volatile bool Measuring;

        public long Finished => Interlocked.Read(ref _finished);

        public ValueTask OnCommittedAsync(CommittedBurst burst, CancellationToken cancellationToken)
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var instance in burst.Instances)
            {
                if (_timers.TryGetValue(instance.Id, out var timer) && instance.Bookmarks.All(b => b.Id != timer.BookmarkId))
                {
                    _timers.TryRemove(instance.Id, out _);
                    if (Measuring) lock (TimerLateness) TimerLateness.Add((now - timer.DueAt).TotalMilliseconds);
                }
                if (instance.Bookmarks.FirstOrDefault(b => b.Kind == BookmarkKinds.Timer) is { DueAt: { } dueAt } created)
                    _timers[instance.Id] = (created.Id, dueAt);
                if (instance.Status == WorkflowStatus.Finished) Interlocked.Increment(ref _finished);
            }
            return ValueTask.CompletedTask;
        }
    }

    private sealed record Snapshot(long At, long ProductCommits, long QuartzCommits, long Commands, long Statements, TimeSpan Cpu, long Finished, long DbBytes)
    {
        public static Snapshot Take(EfCoreCounters ef, InstanceTracker tracker, string path)
        {
            var process = Process.GetCurrentProcess();
            var snapshot = new Snapshot(Stopwatch.GetTimestamp(), ef.Commits, CountingJobStore.Commits, ef.Commands, ef.Statements,
                process.TotalProcessorTime, tracker.Finished, UsedBytes(path));
            tracker.Measuring = !tracker.Measuring;
            return snapshot;
        }

        // Pages in use as a reader sees the database (committed WAL frames included), without the free list.
        private static long UsedBytes(string path)
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            long Pragma(string name)
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"PRAGMA {name}";
                return Convert.ToInt64(command.ExecuteScalar());
            }
            return (Pragma("page_count") - Pragma("freelist_count")) * Pragma("page_size");
        }
    }

    private sealed record Percentiles(double P50, double P95, double P99, int Count)
    {
        public static Percentiles Of(List<double> values)
        {
            double[] sorted;
            lock (values) sorted = [.. values.Order()];
            if (sorted.Length == 0) return new Percentiles(double.NaN, double.NaN, double.NaN, 0);
            double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
            return new Percentiles(At(0.50), At(0.95), At(0.99), sorted.Length);
        }

        public override string ToString() => $"{P50:N0} / {P95:N0} / {P99:N0}";
    }

    private sealed record ModeResult(string Mode, long Instances, double Seconds, double ProductCommitsPerInstance, double QuartzCommitsPerInstance,
        double StatementsPerInstance, double CommandsPerInstance, double CpuMsPerInstance, double DbBytesPerInstance, Percentiles NextTask,
        Percentiles TimerLateness, List<(string Error, int Count)> ErrorKinds)
    {
        public double InstancesPerSecond => Instances / Seconds;
        public double CommitsPerInstance => ProductCommitsPerInstance + QuartzCommitsPerInstance;
        public int Errors => ErrorKinds.Sum(e => e.Count);
    }
}
