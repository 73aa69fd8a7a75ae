using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Benchmarks.Measurement;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Import;
using RelatieWerkstroom.Persistence.Stores;

namespace RelatieWerkstroom.Benchmarks.W4;

/// <summary>
/// W4: waiting work at scale. For each size, a SQLite database (WAL, synchronous=FULL) is filled through the product's
/// bulk importer with that many waiting instances, each with one open human task of its own case file, over 50 teams;
/// then the worklist a caseworker asks for (team + role, first page sorted by deadline), a filtered page (workflow and
/// due before next week, page 2) and opening one task (the task screen's query) are timed, each through the product's
/// own handlers over its EF Core stores. Prints p50/p95/p99, database bytes per waiting instance, and the managed heap
/// and working set after the queries, so growth with the number of waiting instances shows.
/// </summary>
public static class W4Benchmark
{
    private const int Samples = 300;
    private const int Warmup = 30;
    private const int PageSize = 50;

    /// <param name="postgres">A PostgreSQL server to run on instead of SQLite (a fresh database per size is created and dropped).</param>
    public static async Task<int> RunAsync(IReadOnlyList<int> sizes, int storesReaderUpTo, string? postgres = null)
    {
        Console.WriteLine($"W4 waiting work: {string.Join(", ", sizes.Select(s => s.ToString("N0")))} waiting instances with open tasks over {W4Caseload.Teams} teams, " +
            (postgres is null ? "SQLite" : $"PostgreSQL ({ServerVersion(postgres)})"));
        foreach (var line in MachineInfo.Describe()) Console.WriteLine(line);
        Console.WriteLine($"Disk flush (fsync) median: {DiskFlush.MedianMilliseconds():N2} ms");
        Console.WriteLine();
        var results = new List<SizeResult>();
        foreach (var size in sizes) results.Add(await RunSizeAsync(size, size <= storesReaderUpTo, postgres));

        Console.WriteLine();
        Console.WriteLine("| waiting instances | fill s | DB bytes/instance | first page p50 / p95 / p99 ms | filtered page p50 / p95 / p99 ms | open task p50 / p95 / p99 ms | managed heap MB | working set MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            Console.WriteLine($"| {r.Size:N0} | {r.FillSeconds:N1} | {r.BytesPerInstance:N0} | {r.FirstPage} | {r.Filtered} | {r.OpenTask} | {r.HeapMb:N0} | {r.WorkingSetMb:N0} |");
        foreach (var r in results.Where(r => r.StoresFirstPage is not null))
            Console.WriteLine($"reading the stores instead of the worklist table at {r.Size:N0}: first page {r.StoresFirstPage} ms");
        var largest = results[^1];
        var smallest = results[0];
        Console.WriteLine(
            $"W4 at {largest.Size:N0} open tasks: first page p99 {largest.FirstPage.P99:N1} ms, filtered p99 {largest.Filtered.P99:N1} ms (aim < 50); " +
            $"open task p99 {largest.OpenTask.P99:N1} ms (aim < 20); managed heap {largest.HeapMb / smallest.HeapMb:N2}× the heap at {smallest.Size:N0} (aim: no growth)");
        return 0;
    }

    private static async Task<SizeResult> RunSizeAsync(int size, bool alsoStores, string? postgres)
    {
        var directory = Path.Combine(Path.GetTempPath(), "rw-w4-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "w4.db");
        var database = "rw_w4_" + Guid.NewGuid().ToString("N");
        var connection = postgres is null ? null : new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString;
        try
        {
            if (postgres is not null) await PostgresAsync(postgres, $"CREATE DATABASE \"{database}\"");
            var contexts = new WerkstroomDbContextFactory(connection is null ? PersistenceOptions.ForSqliteFile(path) : PersistenceOptions.ForPostgreSql(connection));
            await new PersistenceInitializer(contexts).InitializeAsync();
            var fill = Stopwatch.StartNew();
            await FillAsync(contexts, size);
            fill.Stop();
            // The import's large page cache goes with its connection; the queries run on ordinary ones.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            // PostgreSQL: what autovacuum does soon after a bulk load, done now so the queries are timed as they run in
            // service (planner statistics, and the visibility map that lets the worklist's index answer on its own).
            if (connection is not null) await PostgresAsync(connection, "VACUUM ANALYZE");
            // SQLite: everything written by the import is in the main file (it commits in rollback-journal mode).
            var bytes = connection is null ? new FileInfo(path).Length : await PostgresAsync(connection, "SELECT pg_database_size(current_database())");
            Console.WriteLine($"{size:N0}: filled in {fill.Elapsed.TotalSeconds:N1} s, {bytes / 1e6:N0} MB ({bytes / (double)size:N0} bytes per waiting instance)");

            var worklist = new GetWorklist.Handler(new EFCoreWorklistReader(contexts));
            var caseFiles = new EFCoreCaseFileStore(contexts);
            var openTask = new GetTask.Handler(new EFCoreWorkflowInstanceStore(contexts), new EFCoreWorkflowDefinitionStore(contexts), caseFiles);
            var random = new Random(4);
            var dueBefore = DateOnly.FromDateTime(W4Caseload.Now.Date).AddDays(7);

            var firstPage = await TimeAsync(async () =>
            {
                var team = random.Next(W4Caseload.Teams);
                var page = await worklist.Handle(new GetWorklist.PageQuery(new WorklistRequest(Consulent(team), Take: PageSize)), default);
                if (page.Items.Count != PageSize) throw new InvalidOperationException($"team {team}'s first page has {page.Items.Count} items");
            });
            var filtered = await TimeAsync(async () =>
            {
                var team = random.Next(W4Caseload.Teams);
                var request = new WorklistRequest(Teamleider(team), DefinitionId: W4Caseload.DefinitionId, DueBefore: dueBefore, Skip: PageSize, Take: PageSize);
                await worklist.Handle(new GetWorklist.PageQuery(request), default);
            });
            var open = await TimeAsync(async () =>
            {
                // A consulent's task of a random case (roles as W4Caseload gives them: every fourth is the teamleider's).
                var i = random.Next(size / 4) * 4;
                await openTask.Handle(new GetTask.Query(Consulent(i % W4Caseload.Teams), $"b-{i:x8}"), default);
            });
            Percentiles? stores = null;
            if (alsoStores)
            {
                var reader = new StoreWorklistReader(new EFCoreWorkflowInstanceStore(contexts), caseFiles);
                stores = await TimeAsync(async () => await reader.ReadAsync(new WorklistRequest(Consulent(random.Next(W4Caseload.Teams)), Take: PageSize)), samples: 10, warmup: 1);
            }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var heapMb = GC.GetTotalMemory(true) / 1e6;
            var workingSetMb = Process.GetCurrentProcess().WorkingSet64 / 1e6;
            Console.WriteLine($"{size:N0}: first page {firstPage} ms, filtered {filtered} ms, open task {open} ms, heap {heapMb:N0} MB, working set {workingSetMb:N0} MB" +
                (stores is null ? "" : $", reading the stores {stores} ms"));
            return new SizeResult(size, fill.Elapsed.TotalSeconds, bytes / (double)size, firstPage, filtered, open, stores, heapMb, workingSetMb);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Npgsql.NpgsqlConnection.ClearAllPools();
            if (postgres is not null) await PostgresAsync(postgres, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            Directory.Delete(directory, true);
        }
    }

    private static async Task<long> PostgresAsync(string connectionString, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // No command timeout: a VACUUM of a million-row database takes longer than the default 30 s.
        await using var command = new Npgsql.NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteScalarAsync() is { } value and not DBNull ? Convert.ToInt64(value) : 0;
    }

    private static string ServerVersion(string connectionString)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        connection.Open();
        return "server " + connection.PostgreSqlVersion;
    }

    /// <summary>
    /// Fills the database through the product's bulk importer with <paramref name="size"/> waiting instances; with
    /// <paramref name="team"/> and <paramref name="role"/> every task is of that team and role.
    /// </summary>
    internal static async Task FillAsync(IDbContextFactory<WerkstroomDbContext> contexts, int size, string? team = null, string? role = null)
    {
        var definition = W4Caseload.Definition();
        await using var importer = await BulkImporter.BeginAsync(contexts);
        importer.AddDefinitions([definition], W4Caseload.Now);
        // In slices, so the generated objects never all sit in memory at once.
        const int slice = 50_000;
        for (var from = 0; from < size; from += slice)
        {
            var count = Math.Min(slice, size - from);
            importer.AddInstances(Enumerable.Range(from, count).Select(i => W4Caseload.Instance(i, definition.Id, role)));
            await importer.AddCaseFilesAsync(CaseFiles(from, count, team));
        }
        await importer.CommitAsync();
    }

    private static async IAsyncEnumerable<CaseFile> CaseFiles(int from, int count, string? team)
    {
        await Task.CompletedTask;
        for (var i = from; i < from + count; i++) yield return W4Caseload.CaseFile(i, team);
    }

    private static User Consulent(int team) => new($"u-c{team}", "Consulent", [Roles.Consulent], W4Caseload.Team(team));

    private static User Teamleider(int team) => new($"u-t{team}", "Teamleider", [Roles.Teamleider], W4Caseload.Team(team));

    private static async Task<Percentiles> TimeAsync(Func<Task> run, int samples = Samples, int warmup = Warmup)
    {
        for (var i = 0; i < warmup; i++) await run();
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await run();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return new Percentiles(At(times, 0.50), At(times, 0.95), At(times, 0.99));
    }

    private static double At(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private sealed record Percentiles(double P50, double P95, double P99)
    {
        public override string ToString() => $"{P50:N1} / {P95:N1} / {P99:N1}";
    }

    private sealed record SizeResult(int Size, double FillSeconds, double BytesPerInstance, Percentiles FirstPage, Percentiles Filtered, Percentiles OpenTask,
        Percentiles? StoresFirstPage, double HeapMb, double WorkingSetMb);
}
