using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Providers;

/// <summary>
/// SQLite, one process: writers of one database file take turns instead of meeting at the file lock, so a morning
/// rush of completions is stored in full however short the busy timeout (the wait for another process) is set.
/// </summary>
public sealed class SqliteWriterQueueTests : IAsyncLifetime
{
    private const int Cases = 300;

    private readonly TestDatabase _database = TestDatabase.Sqlite();

    [Fact]
    public async Task Resume_ManyCompletionsAtOnceWithAShortBusyTimeout_AreAllStoredWithoutALockError()
    {
        // 1 ms (the command timeout rounds it up to 1 s): 300 writers that meet at the file lock instead of queueing
        // retry until some of them give up with "database is locked" (SQLITE_BUSY).
        _database.Options.BusyTimeout = TimeSpan.FromMilliseconds(1);
        await using var runtime = await PersistentRuntime.OpenAsync(_database.Options, PersistentRuntime.NewClock());
        var definition = await runtime.ImportAsync(Flows.Line("aanvraag", Flows.Event("wacht", "Decided"), Flows.WriteLine("klaar", "besloten")));
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var starts = Enumerable.Range(0, Cases).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            return (await runtime.Runtime.StartAsync(definition)).Bookmarks.Single().Id;
        })).ToList();
        go.SetResult();
        var bookmarks = await Task.WhenAll(starts);
        var again = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var completions = bookmarks.Select(bookmark => Task.Run(async () =>
        {
            await again.Task;
            return await runtime.Runtime.ResumeAsync(new ResumeRequest(bookmark, null, "besluit-" + bookmark));
        })).ToList();
        again.SetResult();
        var results = await Task.WhenAll(completions);

        Assert.All(results, r => Assert.Equal(WorkflowStatus.Finished, r.Status));
        var journal = await runtime.JournalAsync();
        Assert.Equal(Cases, journal.Count(e => e.Kind == JournalEvents.InstanceStarted));
        Assert.Equal(Cases, journal.Count(e => e.Kind == JournalEvents.InstanceFinished));
        Assert.True(journal.Zip(journal.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();
}
