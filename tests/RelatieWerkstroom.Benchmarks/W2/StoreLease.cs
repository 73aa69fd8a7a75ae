using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Benchmarks.Stores;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;

namespace RelatieWerkstroom.Benchmarks.W2;

/// <summary>An instance store for one measurement run and how to get rid of it afterwards (temporary database files).</summary>
public sealed record StoreLease(IWorkflowInstanceStore Store, Func<ValueTask> Release)
{
    /// <summary>The in-memory store, journal kept.</summary>
    public static Task<StoreLease> InMemory() =>
        Task.FromResult(new StoreLease(new InMemoryWorkflowInstanceStore(), () => ValueTask.CompletedTask));

    /// <summary>RelatieWerkstroom.Persistence's EF Core store on a fresh SQLite file (WAL, synchronous=FULL).</summary>
    public static async Task<StoreLease> EFCoreSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("rw-w2-");
        var services = new ServiceCollection()
            .AddPersistence(PersistenceOptions.ForSqliteFile(Path.Combine(folder.FullName, "w2.db")))
            .BuildServiceProvider();
        await services.InitializePersistenceAsync();
        return new StoreLease(services.GetRequiredService<IWorkflowInstanceStore>(), async () =>
        {
            await services.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        });
    }

    /// <summary>A hand-written ADO.NET SQLite store: what the same transactions cost without EF Core.</summary>
    public static Task<StoreLease> AdoNetSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("rw-w2-");
        var store = new SqliteBenchmarkInstanceStore(Path.Combine(folder.FullName, "w2.db"));
        return Task.FromResult(new StoreLease(store, () =>
        {
            store.Dispose();
            folder.Delete(recursive: true);
            return ValueTask.CompletedTask;
        }));
    }
}
