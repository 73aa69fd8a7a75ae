using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Engine.Tests.Stores;

/// <summary>The in-memory instance store keeps the same rules as a database: atomic commits, versions, unique operations.</summary>
public sealed class InMemoryWorkflowInstanceStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static WorkflowInstance Instance(string id, long version = 1, params Bookmark[] bookmarks) => new()
    {
        Id = id,
        DefinitionId = "def",
        DefinitionVersionId = "def:v1",
        Version = version,
        Status = bookmarks.Length > 0 ? WorkflowStatus.Suspended : WorkflowStatus.Finished,
        CorrelationId = "zaak-" + id,
        Bookmarks = [.. bookmarks],
    };

    private static Bookmark Bookmark(string id, string kind = BookmarkKinds.Event, string? name = "Go", DateTimeOffset? dueAt = null) => new()
    {
        Id = id, ActivityId = "a-" + id, ActivityType = "Elsa.Event", Kind = kind, Name = name, DueAt = dueAt, CreatedAt = Now,
    };

    private static JournalEntry Entry(string instanceId, string kind) => new() { InstanceId = instanceId, DefinitionId = "def", Kind = kind };

    private static async Task<List<JournalEntry>> JournalAsync(InMemoryWorkflowInstanceStore store, long after = 0, string? instanceId = null)
    {
        var list = new List<JournalEntry>();
        await foreach (var e in store.ReadAsync(after, instanceId)) list.Add(e);
        return list;
    }

    [Fact]
    public async Task Commit_StaleVersion_ConflictAndNothingOfTheBurstStored()
    {
        var store = new InMemoryWorkflowInstanceStore();
        await store.CommitAsync(new BurstCommit([new(Instance("a", 1, Bookmark("b1")), 0), new(Instance("b", 1), 0)], [Entry("a", "first")], null));

        // A burst touching both instances, but 'b' was loaded at version 0 (someone else changed it since).
        var burst = new BurstCommit(
            [new(Instance("a", 2), 1), new(Instance("b", 1), 0)],
            [Entry("a", "second"), Entry("b", "second")],
            new OperationRecord("op", "a", "b1", "{}", Now));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(burst));

        Assert.Equal(1, (await store.FindAsync("a"))!.Version);
        Assert.NotNull(await store.FindBookmarkAsync("b1"));
        Assert.Null(await store.FindOperationAsync("op"));
        Assert.Equal(["first"], (await JournalAsync(store)).Select(e => e.Kind));
    }

    [Fact]
    public async Task Commit_OperationIdAlreadyRecorded_Conflict()
    {
        var store = new InMemoryWorkflowInstanceStore();
        await store.CommitAsync(new BurstCommit([new(Instance("a", 1), 0)], [], new OperationRecord("op", "a", null, "{}", Now)));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitAsync(new BurstCommit([new(Instance("b", 1), 0)], [Entry("b", "x")], new OperationRecord("op", "b", null, "{}", Now))));

        Assert.Null(await store.FindAsync("b"));
        Assert.Empty(await JournalAsync(store));
    }

    [Fact]
    public async Task Commit_NewVersionWithoutBookmark_OldBookmarkGoneAndOperationFindableByBookmark()
    {
        var store = new InMemoryWorkflowInstanceStore();
        await store.CommitAsync(new BurstCommit([new(Instance("a", 1, Bookmark("b1")), 0)], [], null));

        await store.CommitAsync(new BurstCommit([new(Instance("a", 2), 1)], [], new OperationRecord("op", "a", "b1", "{}", Now)));

        Assert.Null(await store.FindBookmarkAsync("b1"));
        Assert.Equal("op", (await store.FindOperationForBookmarkAsync("b1"))!.OperationId);
    }

    [Fact]
    public async Task Find_ReturnsACopy_ChangingItDoesNotChangeTheStore()
    {
        var store = new InMemoryWorkflowInstanceStore();
        await store.CommitAsync(new BurstCommit([new(Instance("a", 1, Bookmark("b1")), 0)], [], null));

        var copy = await store.FindAsync("a");
        copy!.Variables["X"] = JsonValue.Create(1);
        copy.Bookmarks.Clear();

        var again = await store.FindAsync("a");
        Assert.Empty(again!.Variables);
        Assert.Single(again.Bookmarks);
    }

    [Fact]
    public async Task FindBookmarks_Filters_EveryFieldMustMatch()
    {
        var store = new InMemoryWorkflowInstanceStore();
        await store.CommitAsync(new BurstCommit([
            new(Instance("a", 1, Bookmark("e1"), Bookmark("t1", BookmarkKinds.Timer, "a-t1", Now.AddHours(1))), 0),
            new(Instance("b", 1, Bookmark("e2", name: "Other"), Bookmark("t2", BookmarkKinds.Timer, "a-t2", Now.AddHours(3))), 0),
        ], [], null));

        Assert.Equal(["e1"], (await store.FindBookmarksAsync(new(BookmarkKinds.Event, "Go"))).Select(b => b.Bookmark.Id));
        Assert.Equal(["t1"], (await store.FindBookmarksAsync(new(BookmarkKinds.Timer, DueBefore: Now.AddHours(2)))).Select(b => b.Bookmark.Id));
        Assert.Equal(["t1", "t2"], (await store.FindBookmarksAsync(new(BookmarkKinds.Timer, DueBefore: Now.AddHours(3)))).Select(b => b.Bookmark.Id));
        Assert.Equal(["e2"], (await store.FindBookmarksAsync(new(BookmarkKinds.Event, CorrelationId: "zaak-b"))).Select(b => b.Bookmark.Id));
        Assert.Equal(2, (await store.FindBookmarksAsync(new(InstanceId: "b"))).Count);
        Assert.Single(await store.FindBookmarksAsync(new(Take: 1)));
    }

    [Fact]
    public async Task Read_AfterSequenceAndPerInstance_StreamsInCommitOrder()
    {
        var store = new InMemoryWorkflowInstanceStore();
        await store.CommitAsync(new BurstCommit([new(Instance("a", 1), 0)], [Entry("a", "1"), Entry("a", "2")], null));
        await store.CommitAsync(new BurstCommit([new(Instance("b", 1), 0)], [Entry("b", "3")], null));
        await store.CommitAsync(new BurstCommit([new(Instance("a", 2), 1)], [Entry("a", "4")], null));

        var all = await JournalAsync(store);
        Assert.Equal(["1", "2", "3", "4"], all.Select(e => e.Kind));
        Assert.Equal([1L, 2, 3, 4], all.Select(e => e.Sequence));
        Assert.Equal(["3", "4"], (await JournalAsync(store, after: 2)).Select(e => e.Kind));
        Assert.Equal(["1", "2", "4"], (await JournalAsync(store, instanceId: "a")).Select(e => e.Kind));
    }
}
