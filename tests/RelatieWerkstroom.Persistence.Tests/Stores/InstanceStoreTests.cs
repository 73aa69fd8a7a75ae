using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>What the contract needs of a store: the store itself and the journal it committed.</summary>
public interface IInstanceStoreSession : IAsyncDisposable
{
    IWorkflowInstanceStore Instances { get; }

    Task<List<JournalEntry>> JournalAsync(string? instanceId = null, long afterSequence = 0);
}

/// <summary>
/// The instance store's own contract (atomic commits, conflicts, due timers, journal order). Every store runs it: the
/// database stores on each provider, and the simulation's store (<see cref="SimulationInstanceStoreTests"/>).
/// </summary>
public abstract class InstanceStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Commit_NewInstance_IsFoundWithItsStateAndBookmarks()
    {
        await using var writer = await OpenAsync();
        var instance = Instance("i1", "zaak-1", Event("b1", "Approved"));
        instance.Variables["Besluit"] = JsonValue.Create("toekennen");

        await writer.Instances.CommitAsync(new BurstCommit([new InstanceChange(instance, 0)], [Entry("i1", "InstanceStarted")], null));

        await using var reader = await OpenAsync();
        var found = await reader.Instances.FindAsync("i1");
        Assert.NotNull(found);
        Assert.Equal(1, found.Version);
        Assert.Equal(WorkflowStatus.Suspended, found.Status);
        Assert.Equal("toekennen", found.Variables["Besluit"]!.GetValue<string>());
        var bookmark = await reader.Instances.FindBookmarkAsync("b1");
        Assert.NotNull(bookmark);
        Assert.Equal(("i1", "def", "zaak-1", "Approved"), (bookmark.InstanceId, bookmark.DefinitionId, bookmark.CorrelationId, bookmark.Bookmark.Name));
        Assert.Equal("formulier", bookmark.Bookmark.Payload!["form"]!.GetValue<string>());
    }

    [Fact]
    public async Task Commit_StaleExpectedVersion_ThrowsConflictAndStoresNothing()
    {
        await using var store = await OpenAsync();
        var existing = Instance("a", null, Event("a-b1", "Approved"));
        await store.Instances.CommitAsync(new BurstCommit([new InstanceChange(existing, 0)], [Entry("a", "InstanceStarted")], null));

        var changed = Instance("a", null, Event("a-b2", "Rejected"));
        changed.Status = WorkflowStatus.Finished;
        var newcomer = Instance("b", null, Event("b-b1", "Approved"));
        var burst = new BurstCommit(
            [new InstanceChange(newcomer, 0), new InstanceChange(changed, 7)],
            [Entry("b", "InstanceStarted"), Entry("a", "InstanceResumed")],
            new OperationRecord("op-1", "a", "a-b1", "{}", Now));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.Instances.CommitAsync(burst));

        await using var reader = await OpenAsync();
        Assert.Null(await reader.Instances.FindAsync("b"));
        Assert.Null(await reader.Instances.FindBookmarkAsync("b-b1"));
        Assert.Null(await reader.Instances.FindBookmarkAsync("a-b2"));
        Assert.NotNull(await reader.Instances.FindBookmarkAsync("a-b1"));
        var a = await reader.Instances.FindAsync("a");
        Assert.Equal((1L, WorkflowStatus.Suspended), (a!.Version, a.Status));
        Assert.Null(await reader.Instances.FindOperationAsync("op-1"));
        Assert.Equal(["InstanceStarted"], (await reader.JournalAsync()).Select(e => e.Kind));
    }

    [Fact]
    public async Task Commit_OperationIdAlreadyUsed_ThrowsConflictAndStoresNothing()
    {
        await using var store = await OpenAsync();
        await store.Instances.CommitAsync(new BurstCommit([new InstanceChange(Instance("a", null, Event("a-b1", "Approved")), 0)],
            [Entry("a", "InstanceStarted")], new OperationRecord("op-1", "a", null, "{}", Now)));

        // A correct version, so only the operation id can stop it; the instance update must be undone too.
        var changed = Instance("a", null, Event("a-b2", "Rejected"));
        changed.Status = WorkflowStatus.Finished;
        var repeat = new BurstCommit([new InstanceChange(changed, 1)], [Entry("a", "InstanceResumed")],
            new OperationRecord("op-1", "a", "a-b1", "{\"again\":true}", Now));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.Instances.CommitAsync(repeat));

        Assert.Contains("op-1", error.Message);
        await using var reader = await OpenAsync();
        var a = await reader.Instances.FindAsync("a");
        Assert.Equal((1L, WorkflowStatus.Suspended), (a!.Version, a.Status));
        Assert.NotNull(await reader.Instances.FindBookmarkAsync("a-b1"));
        Assert.Null(await reader.Instances.FindBookmarkAsync("a-b2"));
        Assert.Equal("{}", (await reader.Instances.FindOperationAsync("op-1"))!.ResultJson);
        Assert.Equal(["InstanceStarted"], (await reader.JournalAsync()).Select(e => e.Kind));
    }

    [Fact]
    public async Task Commit_NewInstanceWhoseIdExists_ThrowsConflict()
    {
        await using var store = await OpenAsync();
        await store.Instances.CommitAsync(new BurstCommit([new InstanceChange(Instance("a", null), 0)], [Entry("a", "InstanceStarted")], null));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.Instances.CommitAsync(new BurstCommit([new InstanceChange(Instance("a", null), 0)], [Entry("a", "InstanceStarted")], null)));

        Assert.Contains("a", error.Message);
        Assert.Single(await store.JournalAsync());
    }

    [Fact]
    public async Task FindBookmarks_DueBefore_ReturnsExactlyTheDueTimersInDueOrder()
    {
        await using var store = await OpenAsync();
        var instance = Instance("t", null,
            Timer("second-ago", Now.AddSeconds(-1)),
            Timer("plus-two-earlier", new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.FromHours(2))), // 08:30 UTC: due
            Timer("minus-five-later", new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(-5))),  // 13:00 UTC: not due
            Timer("exactly-now", Now),
            Timer("second-later", Now.AddSeconds(1)),
            Event("event", "Approved"),
            new Bookmark { Id = "task", ActivityId = "task", ActivityType = "RelatieWerkstroom.HumanTask", Kind = "HumanTask", DueAt = Now.AddDays(-3), CreatedAt = Now });
        await store.Instances.CommitAsync(new BurstCommit([new InstanceChange(instance, 0)], [], null));

        var due = await store.Instances.FindBookmarksAsync(new BookmarkFilter(BookmarkKinds.Timer, DueBefore: Now));

        Assert.Equal(["plus-two-earlier", "second-ago", "exactly-now"], due.Select(b => b.Bookmark.Id));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero), due[0].Bookmark.DueAt);
    }

    [Fact]
    public async Task ReadJournal_AfterSeveralCommits_StreamsInSequenceOrder()
    {
        await using var store = await OpenAsync();
        var first = new BurstCommit([new InstanceChange(Instance("a", "zaak-a"), 0)], [Entry("a", "InstanceStarted"), Entry("a", "ActivityStarted")], null);
        var second = new BurstCommit([new InstanceChange(Instance("b", "zaak-b"), 0)], [Entry("b", "InstanceStarted")], null);
        var third = new BurstCommit([new InstanceChange(Instance("a", "zaak-a"), 1)], [Entry("a", "ActivityCompleted", outcome: "Done"), Entry("a", "InstanceFinished")], null);
        foreach (var burst in new[] { first, second, third }) await store.Instances.CommitAsync(burst);
        var written = new[] { first, second, third }.SelectMany(b => b.Journal).ToList();

        await using var reader = await OpenAsync();
        var all = await reader.JournalAsync();
        var afterSecond = await reader.JournalAsync(afterSequence: written[1].Sequence);
        var onlyA = await reader.JournalAsync(instanceId: "a");

        Assert.Equal(written.Select(e => e.Sequence), all.Select(e => e.Sequence));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Equal(["a:InstanceStarted", "a:ActivityStarted", "b:InstanceStarted", "a:ActivityCompleted", "a:InstanceFinished"],
            all.Select(e => $"{e.InstanceId}:{e.Kind}"));
        Assert.Equal(written.Skip(2).Select(e => e.Sequence), afterSecond.Select(e => e.Sequence));
        Assert.Equal(["InstanceStarted", "ActivityStarted", "ActivityCompleted", "InstanceFinished"], onlyA.Select(e => e.Kind));
        var completed = all[3];
        Assert.Equal(("Done", "consulent", "zaak-a", Now.AddMinutes(3)), (completed.Outcome, completed.Actor, completed.CorrelationId, completed.Timestamp));
        Assert.Equal("{\"minutes\":30}", completed.FrictionJson);
        Assert.Equal("{\"step\":3}", completed.PayloadJson);
    }

    [Fact]
    public async Task Commit_BurstWithThousandsOfJournalEntries_ReadsBackInOrderWithEveryField()
    {
        await using var store = await OpenAsync();
        await store.Instances.CommitAsync(new BurstCommit([new InstanceChange(Instance("a", "zaak-a"), 0)], [Entry("a", "InstanceStarted")], null));
        // A long loop in one burst: more rows than one insert statement of the database stores takes (500), with empty
        // fields and another offset in between, so every statement boundary and every column is crossed.
        var entries = Enumerable.Range(0, 1_201).Select(i => i % 7 == 0
            ? new JournalEntry
            {
                InstanceId = "a", DefinitionId = "def", DefinitionVersion = 2, Kind = "ActivityStarted",
                Timestamp = new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.FromHours(2)).AddSeconds(i),
            }
            : Entry("a", "ActivityCompleted", $"port-{i}", $"step-{i}", $"{{\"i\":{i}}}")).ToList();
        var burst = new BurstCommit([new InstanceChange(Instance("a", "zaak-a"), 1)], entries, null);

        await store.Instances.CommitAsync(burst);

        await using var reader = await OpenAsync();
        var read = (await reader.JournalAsync(instanceId: "a")).Skip(1).ToList();
        Assert.Equal(entries.Select(Fields), read.Select(Fields));
        Assert.Equal(entries.Select(e => e.Sequence), read.Select(e => e.Sequence));
        Assert.True(read.Zip(read.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
    }

    private static string Fields(JournalEntry e) =>
        $"{e.InstanceId}|{e.DefinitionId}|{e.DefinitionVersion}|{e.ActivityId}|{e.ActivityType}|{e.ActivityName}|{e.Kind}|{e.Actor}|" +
        $"{e.Timestamp.UtcTicks}|{e.Outcome}|{e.PayloadJson}|{e.FrictionJson}|{e.CorrelationId}";

    /// <summary>A new session on the same store: what one session committed, the next one reads.</summary>
    protected abstract Task<IInstanceStoreSession> OpenAsync();

    private static WorkflowInstance Instance(string id, string? correlationId, params Bookmark[] bookmarks) => new()
    {
        Id = id,
        DefinitionId = "def",
        DefinitionVersionId = "def-v1",
        DefinitionVersion = 1,
        Status = WorkflowStatus.Suspended,
        CorrelationId = correlationId,
        CreatedAt = Now,
        UpdatedAt = Now,
        Bookmarks = [.. bookmarks],
    };

    private static Bookmark Event(string id, string name) => new()
    {
        Id = id, ActivityId = "wait", ActivityType = "Elsa.Event", Kind = BookmarkKinds.Event, Name = name, CreatedAt = Now,
        Payload = new JsonObject { ["form"] = "formulier" },
    };

    private static Bookmark Timer(string id, DateTimeOffset dueAt) => new()
    {
        Id = id, ActivityId = id, ActivityType = "Elsa.Delay", Kind = BookmarkKinds.Timer, DueAt = dueAt, CreatedAt = Now,
    };

    private static JournalEntry Entry(string instanceId, string kind, string? outcome = null, string? activityId = null, string? payloadJson = null) =>
        new()
        {
            InstanceId = instanceId,
            DefinitionId = "def",
            DefinitionVersion = 1,
            ActivityId = activityId ?? (kind.StartsWith("Activity", StringComparison.Ordinal) ? "step" : null),
            ActivityType = activityId is null ? null : "Elsa.WriteLine",
            ActivityName = activityId is null ? null : "Stap " + activityId,
            Kind = kind,
            Actor = "consulent",
            Timestamp = Now.AddMinutes(3),
            Outcome = outcome,
            PayloadJson = payloadJson ?? "{\"step\":3}",
            FrictionJson = "{\"minutes\":30}",
            CorrelationId = "zaak-" + instanceId,
        };
}

/// <summary>The contract on a database provider: each test gets a fresh database, each session its own services.</summary>
public abstract class DatabaseInstanceStoreTests(Func<TestDatabase> createDatabase) : InstanceStoreTests, IAsyncLifetime
{
    // Made when the test class is, disposed with it: each test gets a fresh database.
    private readonly TestDatabase _database = createDatabase();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    protected override async Task<IInstanceStoreSession> OpenAsync() =>
        new DatabaseSession(await PersistentRuntime.OpenAsync(_database.Options, PersistentRuntime.NewClock()));

    private sealed class DatabaseSession(PersistentRuntime runtime) : IInstanceStoreSession
    {
        public IWorkflowInstanceStore Instances => runtime.Instances;

        public Task<List<JournalEntry>> JournalAsync(string? instanceId = null, long afterSequence = 0) => runtime.JournalAsync(instanceId, afterSequence);

        public ValueTask DisposeAsync() => runtime.DisposeAsync();
    }
}

/// <summary>
/// The contract on the simulation's store (in memory, journal handed to a sink), as issue 7 asks: a simulated caseload
/// must behave as the database would.
/// </summary>
public sealed class SimulationInstanceStoreTests : InstanceStoreTests
{
    private readonly List<JournalEntry> _journal = [];
    private readonly Simulation.SimulationInstanceStore _store;

    public SimulationInstanceStoreTests() => _store = new Simulation.SimulationInstanceStore(_journal.Add);

    protected override Task<IInstanceStoreSession> OpenAsync() => Task.FromResult<IInstanceStoreSession>(new Session(this));

    private sealed class Session(SimulationInstanceStoreTests owner) : IInstanceStoreSession
    {
        public IWorkflowInstanceStore Instances => owner._store;

        public Task<List<JournalEntry>> JournalAsync(string? instanceId = null, long afterSequence = 0) =>
            Task.FromResult(owner._journal.Where(e => e.Sequence > afterSequence && (instanceId is null || e.InstanceId == instanceId)).ToList());

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
