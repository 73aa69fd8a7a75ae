using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using RelatieWerkstroom.Benchmarks.Measurement;
using RelatieWerkstroom.Benchmarks.W1;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Persistence.Import;
using RelatieWerkstroom.Scheduling;
using RelatieWerkstroom.Scheduling.Extensions;
using RelatieWerkstroom.Scheduling.LegalClocks;
using RelatieWerkstroom.Scheduling.Schema;
using RelatieWerkstroom.Scheduling.Timers;

namespace RelatieWerkstroom.Benchmarks.W3;

/// <summary>
/// W3, timers: many timer bookmarks due within one minute, fired by the product's scheduler as the hosts compose it
/// (AddWerkstroom on a SQLite file, AddScheduling: Quartz's persistent job store in the same file, its default thread
/// pool, <c>ResumeTimerBookmarkJob</c> resuming through the runtime). Then the downtime case: the same kind of timers,
/// due ten minutes before the scheduler starts, must all fire exactly once on start-up (counted in the journal).
/// The waiting instances and their triggers are written in bulk beforehand (not what is measured); a sample of the
/// triggers goes through the product's commit-time scheduling path so that its cost per timer is printed too.
/// </summary>
public static class W3Benchmark
{
    private const string DefinitionId = "w3-timer";
    private const string WaitActivity = "wacht";
    private static readonly TimeSpan Delay = TimeSpan.FromHours(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Downtime = TimeSpan.FromMinutes(10);
    private const int ProductPathSample = 1_000;

    public static async Task<int> RunAsync(int timers, int? downtimeTimers, TimeSpan fireCap)
    {
        var total = Stopwatch.StartNew();
        Console.WriteLine($"W3 timers: {timers:N0} timers due within one minute, fired by the product's Quartz scheduler (persistent job store in the same SQLite file, WAL, synchronous=FULL, default thread pool) through ResumeTimerBookmarkJob; then the downtime case");
        foreach (var line in MachineInfo.Describe()) Console.WriteLine(line);
        Console.WriteLine($"Disk flush (4 KB write + fsync, median of 100): {DiskFlush.MedianMilliseconds():0.000} ms");
        Console.WriteLine($"Each timer: an instance of start → Delay ({WaitActivity}) → end waiting on its timer bookmark; firing resumes it to its end (one burst).");
        Console.WriteLine($"A run stops waiting {fireCap.TotalSeconds:N0} s after the last timer was due; timers not fired by then are counted as such.");
        Console.WriteLine();

        // Case 1: due within the next minute while the scheduler runs. The first due moment leaves time to write them.
        var margin = TimeSpan.FromSeconds(15 + timers * 0.001);
        var minute = await RunCaseAsync("due within one minute, scheduler running", timers, DateTimeOffset.UtcNow + margin, downtime: false, fireCap);
        Print(minute);

        // Case 2: the scheduler was down when they fell due. Sized from case 1's rate so that it ends in the time given.
        var count = downtimeTimers ?? Math.Clamp((int)(minute.FiredPerSecond * fireCap.TotalSeconds * 0.8), 1_000, timers);
        var down = await RunCaseAsync($"after {Downtime.TotalMinutes:N0} minutes of downtime", count, DateTimeOffset.UtcNow - Downtime, downtime: true, fireCap);
        Print(down);

        Console.WriteLine($"Load average at end: {MachineInfo.LoadAverage()}; total {total.Elapsed.TotalSeconds:N0} s");
        Console.WriteLine($"W3: {minute.Fired:N0} of {minute.Count:N0} timers due within one minute fired, lateness p50/p95/p99 {minute.Lateness} s, {minute.FiredPerSecond:N0} timers/s; " +
            $"after {Downtime.TotalMinutes:N0} min downtime {down.ResumedOnce:N0} of {down.Count:N0} fired exactly once ({down.ResumedTwice:N0} twice) in {down.AllFiredAfter?.TotalSeconds.ToString("N1") ?? "—"} s " +
            $"(aim: all {timers:N0} fire, each once, lateness p99 printed)");
        return minute.Fired == minute.Count && down.ResumedOnce == down.Count && down.ResumedTwice == 0 ? 0 : 1;
    }

    private static void Print(CaseResult r)
    {
        Console.WriteLine($"{r.Name}: {r.Count:N0} timers, first due {r.FirstDue:HH:mm:ss}, last due {r.FirstDue + Minute:HH:mm:ss}" +
            (r.Downtime ? $" (modelled: the timers and their triggers were written while the scheduler was not running, due {Downtime.TotalMinutes:N0} minutes before it started)" : ""));
        Console.WriteLine($"  set-up (not measured): {r.Setup}");
        if (r.SetupOverran) Console.WriteLine("  NOTE: the set-up ended after the first timer was due; lateness includes that wait");
        Console.WriteLine($"  fired {r.Fired:N0} of {r.Count:N0}; {r.FiredPerSecond:N1} timers/s while firing; " +
            (r.AllFiredAfter is { } all ? $"all fired {all.TotalSeconds:N1} s after {(r.Downtime ? "the scheduler started" : "the first was due")}" : $"NOT all fired within the cap"));
        Console.WriteLine($"  lateness (due → resuming burst committed) p50/p95/p99/max: {r.Lateness} / {r.MaxLateness:N1} s" + (r.Fired < r.Count ? " (timers not fired count as later than all)" : ""));
        Console.WriteLine($"  Quartz: due → fired by Quartz p50/p95/p99 {r.QuartzLateness} s; job (resume + commit) p50/p95/p99 {r.JobMs} ms; jobs running at once on average {r.ConcurrentJobs:N1} (pool of {r.PoolSize})");
        Console.WriteLine($"  per timer: {r.ProductCommitsPerTimer:N2} product commits + {r.QuartzCommitsPerTimer:N2} Quartz commits, CPU {r.CpuMsPerTimer:N2} ms ({r.CoresUsed:N2} of {Environment.ProcessorCount} cores busy); load average {r.LoadAverage}");
        Console.WriteLine($"  journal: {r.ResumedOnce:N0} instances resumed by the timer exactly once, {r.ResumedTwice:N0} more than once, {r.Finished:N0} finished; triggers left {r.TriggersLeft:N0}");
        Console.WriteLine();
    }

    private static async Task<CaseResult> RunCaseAsync(string name, int count, DateTimeOffset firstDue, bool downtime, TimeSpan fireCap)
    {
        var directory = Path.Combine(Path.GetTempPath(), "rw-w3-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var persistence = PersistenceOptions.ForSqliteFile(Path.Combine(directory, "w3.db"));
        var tracker = new FireTracker();
        using var efCounters = new EfCoreCounters();
        try
        {
            using var host = BuildHost(persistence, tracker);
            await host.Services.InitializePersistenceAsync();
            var setup = Stopwatch.StartNew();
            var (created, inMemory) = await CreateWaitingInstancesAsync(host.Services, count, firstDue);
            var imported = setup.Elapsed - inMemory;
            foreach (var (instanceId, due) in created) tracker.Expect(instanceId, due);

            // Triggers: written while the scheduler is in stand-by (it starts with the host).
            await QuartzSchema.EnsureCreatedAsync(SchedulingDatabase.Sqlite, persistence.ResolveConnectionString());
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            // The commit-time path costs a few commits per timer: timed on a sample where set-up time does not matter (downtime).
            var sample = downtime ? Math.Min(ProductPathSample, count) : 0;
            var productPath = Stopwatch.StartNew();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
                var bookmarks = new List<BookmarkInfo>(sample);
                foreach (var (instanceId, _) in created.Take(sample))
                    bookmarks.AddRange((await store.FindAsync(instanceId))!.Bookmarks.Select(BookmarkInfo.From));
                await scope.ServiceProvider.GetRequiredService<ITimerScheduler>().ScheduleAsync(bookmarks);
            }
            productPath.Stop();
            var bulk = Stopwatch.StartNew();
            await ScheduleInBulkAsync(host.Services, scheduler, created.Skip(sample).Select(c => c.InstanceId).ToList());
            bulk.Stop();
            var setupText = $"{count:N0} instances started in memory {inMemory.TotalSeconds:N1} s, bulk-imported {imported.TotalSeconds:N1} s; " +
                (sample == 0 ? "" : $"{sample:N0} triggers through the product's commit-time path (ITimerScheduler) {productPath.Elapsed.TotalSeconds:N1} s = {productPath.Elapsed.TotalMilliseconds / Math.Max(1, sample):N2} ms/timer, ") +
                $"{count - sample:N0} in bulk (Quartz ScheduleJobs, 5 000 per transaction) {bulk.Elapsed.TotalSeconds:N1} s";
            var overran = !downtime && DateTimeOffset.UtcNow > firstDue;
            if (!downtime)
            {
                var wait = firstDue - DateTimeOffset.UtcNow;
                if (wait > TimeSpan.FromSeconds(5)) await Task.Delay(wait - TimeSpan.FromSeconds(5));
            }

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var efBefore = efCounters.Commits;
            var quartzBefore = CountingJobStore.Commits;
            JobTimes.Reset();
            var started = Stopwatch.GetTimestamp();
            var startedAt = DateTimeOffset.UtcNow;
            await host.StartAsync();
            var cap = (downtime ? startedAt : firstDue + Minute) + fireCap;
            while (tracker.Remaining > 0 && DateTimeOffset.UtcNow < cap) await Task.Delay(100);
            var load = MachineInfo.LoadAverage();
            var last = tracker.LastFiredAt;
            var fired = tracker.Fired;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            var productCommits = efCounters.Commits - efBefore;
            var quartzCommits = CountingJobStore.Commits - quartzBefore;
            var jobs = JobTimes.Snapshot();
            var pool = scheduler.GetMetaData().Result.ThreadPoolSize;
            await host.StopAsync();
            // Quartz keeps one log provider per process; the next host must not log through this one's disposed factory.
            Quartz.Logging.LogContext.SetCurrentLogProvider(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

            var firingFrom = downtime ? startedAt : firstDue;
            var firingSeconds = Math.Max(0.001, ((last ?? DateTimeOffset.UtcNow) - firingFrom).TotalSeconds);
            var (once, twice, finished, triggersLeft) = await CountInJournalAsync(host.Services);
            var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return new CaseResult(name, count, firstDue, downtime, setupText, overran, fired, fired / firingSeconds,
                tracker.Remaining == 0 && last is { } l ? l - firingFrom : null,
                Seconds.Of(tracker.Lateness, count), tracker.Lateness.DefaultIfEmpty().Max() / 1000,
                Seconds.Of(jobs.FireLateness, jobs.FireLateness.Count), Seconds.Of(jobs.RunMs, jobs.RunMs.Count, scale: 1),
                jobs.RunMs.Sum() / wall, pool,
                productCommits / (double)Math.Max(1, fired), quartzCommits / (double)Math.Max(1, fired), cpu / Math.Max(1, fired), cpu / wall,
                load, once, twice, finished, triggersLeft);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, true);
        }
    }

    private static IHost BuildHost(PersistenceOptions persistence, FireTracker tracker)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddWerkstroom(persistence);
        services.AddSingleton<IBurstCommitListener>(tracker);
        services.AddSingleton<ILegalClockSource, CaseFileLegalClockSource>();
        services.AddScheduling(
            new RelatieWerkstroom.Scheduling.SchedulingOptions { Database = SchedulingDatabase.Sqlite, ConnectionString = persistence.ResolveConnectionString() },
            q =>
            {
                q.SetProperty("quartz.jobStore.type", typeof(CountingJobStore).AssemblyQualifiedName!);
                q.AddJobListener<JobTimes>();
            });
        return builder.Build();
    }

    // The waiting instances: started on the runtime in memory with the clock set so that each Delay falls due at its moment
    // in the minute, then written with their journal through the product's bulk importer (as `werkstroom simulate` stores).
    private static async Task<(List<(string InstanceId, DateTimeOffset Due)> Created, TimeSpan InMemory)> CreateWaitingInstancesAsync(IServiceProvider services,
        int count, DateTimeOffset firstDue)
    {
        var stopwatch = Stopwatch.StartNew();
        var definition = Definition();
        var definitions = new InMemoryWorkflowDefinitionStore();
        await definitions.SaveAsync([definition]);
        var store = new InMemoryWorkflowInstanceStore();
        var clock = new SettableClock();
        var runtime = new WorkflowRuntime(CaseworkActivities.CreateRegistry(), definitions, store, null, clock, TextWriter.Null);
        var created = new List<(string, DateTimeOffset)>(count);
        for (var i = 0; i < count; i++)
        {
            var due = firstDue + Minute * i / count;
            clock.Now = due - Delay;
            var result = await runtime.StartAsync(definition);
            if (result.Status != WorkflowStatus.Suspended) throw new InvalidOperationException($"W3 instance ended {result.Status}: {result.Incident?.Message}");
            created.Add((result.InstanceId, due));
        }
        var inMemory = stopwatch.Elapsed;
        var journal = new List<JournalEntry>();
        await foreach (var entry in store.ReadAsync()) journal.Add(entry);
        await using var importer = await BulkImporter.BeginAsync(services.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>());
        importer.AddDefinitions([definition], firstDue - Delay);
        importer.AddJournal(journal);
        var instances = new List<WorkflowInstance>(count);
        foreach (var (id, _) in created) instances.Add((await store.FindAsync(id))!);
        importer.AddInstances(instances);
        await importer.CommitAsync();
        return (created, inMemory);
    }

    // The same triggers the product schedules (TimerTriggers.Build), stored many per transaction.
    private static async Task ScheduleInBulkAsync(IServiceProvider services, IScheduler scheduler, List<string> instanceIds)
    {
        var job = await scheduler.GetJobDetail(SchedulingKeys.ResumeTimerBookmark)
            ?? throw new InvalidOperationException("the scheduler has no resume-timer-bookmark job");
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
        foreach (var chunk in instanceIds.Chunk(5_000))
        {
            var triggers = new List<ITrigger>(chunk.Length);
            foreach (var id in chunk)
                foreach (var bookmark in (await store.FindAsync(id))!.Bookmarks.Where(b => b.Kind == BookmarkKinds.Timer))
                    triggers.Add(TimerTriggers.Build(bookmark.Id, bookmark.DueAt!.Value));
            await scheduler.ScheduleJobs(new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> { [job] = triggers }, replace: true);
        }
    }

    // Per instance: how often the journal says its timer activity was resumed, whether it finished; and triggers left.
    private static async Task<(long Once, long Twice, long Finished, long TriggersLeft)> CountInJournalAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>().CreateDbContextAsync();
        var resumes = await db.Journal
            .Where(j => j.Kind == JournalEvents.ActivityResumed && j.ActivityId == WaitActivity && j.Actor == ResumeTimerBookmarkActor)
            .GroupBy(j => j.InstanceId).Select(g => g.Count()).ToListAsync();
        var finished = await db.Journal.CountAsync(j => j.Kind == JournalEvents.InstanceFinished);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {QuartzSchema.TablePrefix}TRIGGERS WHERE TRIGGER_GROUP = '{SchedulingKeys.TimerTriggerGroup}'";
        var left = Convert.ToInt64(await command.ExecuteScalarAsync());
        return (resumes.Count(n => n == 1), resumes.Count(n => n > 1), finished, left);
    }

    private const string ResumeTimerBookmarkActor = Scheduling.Jobs.ResumeTimerBookmarkJob.Actor;

    private static Engine.Definitions.WorkflowDefinition Definition() => Engine.Definitions.WorkflowDefinitionReader.Parse($$"""
        {
          "id": "{{DefinitionId}}:v1", "definitionId": "{{DefinitionId}}", "name": "W3 wachttijd", "version": 1,
          "isLatest": true, "isPublished": true,
          "root": {
            "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "start", "type": "Elsa.Start" },
              { "id": "{{WaitActivity}}", "type": "Elsa.Delay",
                "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "{{Delay:c}}" } } },
              { "id": "end", "type": "Elsa.End" }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "{{WaitActivity}}", "port": "In" } },
              { "source": { "activity": "{{WaitActivity}}", "port": "Done" }, "target": { "activity": "end", "port": "In" } }
            ]
          }
        }
        """);

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Sees every committed burst: a finished expected instance is a fired timer; its lateness is commit time minus due time.</summary>
    private sealed class FireTracker : IBurstCommitListener
    {
        private readonly ConcurrentDictionary<string, DateTimeOffset> _expected = new(StringComparer.Ordinal);
        private long _lastFiredTicks;
        public readonly List<double> Lateness = [];

        public void Expect(string instanceId, DateTimeOffset due) => _expected[instanceId] = due;

        public int Remaining => _expected.Count;

        public int Fired
        {
            get
            {
                lock (Lateness) return Lateness.Count;
            }
        }

        public DateTimeOffset? LastFiredAt => Interlocked.Read(ref _lastFiredTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

        public ValueTask OnCommittedAsync(CommittedBurst burst, CancellationToken cancellationToken)
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var instance in burst.Instances)
            {
                if (instance.Status != WorkflowStatus.Finished || !_expected.TryRemove(instance.Id, out var due)) continue;
                lock (Lateness) Lateness.Add((now - due).TotalMilliseconds);
                Interlocked.Exchange(ref _lastFiredTicks, now.UtcTicks);
            }
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Quartz's side of each firing: how late Quartz fired the trigger, and how long the job (the resume) ran.</summary>
    private sealed class JobTimes : IJobListener
    {
        private static readonly ConcurrentDictionary<string, long> Running = new(StringComparer.Ordinal);
        private static List<double> _fireLateness = [];
        private static List<double> _runMs = [];

        public string Name => "w3-job-times";

        public static void Reset()
        {
            lock (Running)
            {
                _fireLateness = [];
                _runMs = [];
            }
        }

        public static (List<double> FireLateness, List<double> RunMs) Snapshot()
        {
            lock (Running) return ([.. _fireLateness], [.. _runMs]);
        }

        public Task JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            if (context.Trigger.Key.Group != SchedulingKeys.TimerTriggerGroup) return Task.CompletedTask;
            Running[context.FireInstanceId] = Stopwatch.GetTimestamp();
            // Against the bookmark's due time (the trigger's start), not the scheduled time a misfire moved.
            var late = (context.FireTimeUtc - context.Trigger.StartTimeUtc).TotalMilliseconds;
            lock (Running) _fireLateness.Add(late);
            return Task.CompletedTask;
        }

        public Task JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (Running.TryRemove(context.FireInstanceId, out var began))
                lock (Running) _runMs.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
            return Task.CompletedTask;
        }

        public Task JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed record Seconds(double P50, double P95, double P99, int Count, double Scale)
    {
        // Percentiles over `population` values, where those not in `values` (not fired) count as later than every one.
        public static Seconds Of(List<double> values, int population, double scale = 1000)
        {
            double[] sorted;
            lock (values) sorted = [.. values.Order()];
            double At(double q)
            {
                var rank = (int)Math.Ceiling(q * population) - 1;
                return population == 0 ? double.NaN : rank < sorted.Length ? sorted[Math.Max(0, rank)] : double.PositiveInfinity;
            }
            return new Seconds(At(0.50), At(0.95), At(0.99), sorted.Length, scale);
        }

        private string Text(double v) => double.IsPositiveInfinity(v) ? "not fired" : double.IsNaN(v) ? "—" : (v / Scale).ToString(Scale == 1 ? "N0" : "N2");

        public override string ToString() => $"{Text(P50)} / {Text(P95)} / {Text(P99)}";
    }

    private sealed record CaseResult(string Name, int Count, DateTimeOffset FirstDue, bool Downtime, string Setup, bool SetupOverran, int Fired,
        double FiredPerSecond, TimeSpan? AllFiredAfter, Seconds Lateness, double MaxLateness, Seconds QuartzLateness, Seconds JobMs, double ConcurrentJobs,
        int PoolSize, double ProductCommitsPerTimer, double QuartzCommitsPerTimer, double CpuMsPerTimer, double CoresUsed, string LoadAverage,
        long ResumedOnce, long ResumedTwice, long Finished, long TriggersLeft);
}
