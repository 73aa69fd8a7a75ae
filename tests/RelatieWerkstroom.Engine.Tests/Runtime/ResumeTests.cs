using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Runtime;

/// <summary>Resuming bookmarks: idempotent per operation id, exactly one winner per bookmark, refusals store nothing.</summary>
public sealed class ResumeTests
{
    private static TestRuntime NewRuntime()
    {
        var t = new TestRuntime();
        t.Registry.Add<ApprovalActivity>();
        return t;
    }

    private static FlowBuilder ApprovalFlow() => new FlowBuilder("approval")
        .Activity("approve", "Test.Approval")
        .WriteLine("yes", "approved")
        .WriteLine("no", "rejected")
        .Connect("approve", "yes", "Approved")
        .Connect("approve", "no", "Rejected");

    [Fact]
    public async Task Resume_SameOperationIdTwice_SecondIsReplayedAndJournalNotDuplicated()
    {
        var t = NewRuntime();
        var started = await t.StartAsync(ApprovalFlow().Build());
        var bookmark = Assert.Single(started.Bookmarks);
        var request = new ResumeRequest(bookmark.Id, new JsonObject { ["approved"] = true }, "op-1", "consulent-7");

        var first = await t.Runtime.ResumeAsync(request);
        var journalAfterFirst = await t.JournalAsync();
        var second = await t.Runtime.ResumeAsync(request);

        Assert.False(first.Replayed);
        Assert.True(second.Replayed);
        Assert.Equal(WorkflowStatus.Finished, second.Status);
        Assert.Equal((first.InstanceId, first.Status, first.Bookmarks.Count), (second.InstanceId, second.Status, second.Bookmarks.Count));
        Assert.Equal(["approved"], t.Lines);
        Assert.Equal(journalAfterFirst.Count, (await t.JournalAsync()).Count);
        Assert.Equal("consulent-7", journalAfterFirst.Single(e => e.Kind == JournalEvents.InstanceResumed).Actor);
    }

    [Fact]
    public async Task Resume_OperationIdUsedBeforeForAnotherBookmark_IsRefusedAndThatBookmarkStillWaits()
    {
        // Arrange: two cases waiting; the first is resumed with op-1.
        var t = NewRuntime();
        var first = await t.StartAsync(ApprovalFlow().Build());
        var second = await t.Runtime.StartAsync("approval");
        await t.Runtime.ResumeAsync(new ResumeRequest(first.Bookmarks.Single().Id, new JsonObject { ["approved"] = true }, "op-1"));
        var secondBookmark = second.Bookmarks.Single().Id;

        // Act: a client reuses op-1 for the second case.
        var ex = await Assert.ThrowsAsync<BookmarkConflictException>(() =>
            t.Runtime.ResumeAsync(new ResumeRequest(secondBookmark, new JsonObject { ["approved"] = false }, "op-1")));

        // Assert: refused with a reason, not answered with the first case's result; the second case still waits.
        Assert.Contains("already used", ex.Message);
        Assert.Equal(secondBookmark, ex.BookmarkId);
        Assert.Equal(["approved"], t.Lines);
        Assert.NotNull(await t.Instances.FindBookmarkAsync(secondBookmark));
    }

    [Fact]
    public async Task Resume_EmptyOperationId_IsRefusedAndNothingRuns()
    {
        var t = NewRuntime();
        var started = await t.StartAsync(ApprovalFlow().Build());
        var bookmarkId = started.Bookmarks.Single().Id;

        await Assert.ThrowsAsync<ArgumentException>(() =>
            t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["approved"] = true }, " ")));

        Assert.Empty(t.Lines);
        Assert.NotNull(await t.Instances.FindBookmarkAsync(bookmarkId));
    }

    [Fact]
    public async Task Resume_SecondDifferentOperation_GetsConflictNamingTheWinner()
    {
        var t = NewRuntime();
        var started = await t.StartAsync(ApprovalFlow().Build());
        var bookmarkId = started.Bookmarks.Single().Id;
        await t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["approved"] = true }, "op-1"));

        var ex = await Assert.ThrowsAsync<BookmarkConflictException>(() =>
            t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["approved"] = false }, "op-2")));

        Assert.Equal(bookmarkId, ex.BookmarkId);
        Assert.Contains("op-1", ex.Message);
        Assert.Equal(["approved"], t.Lines);
    }

    [Fact]
    public async Task Resume_UnknownBookmark_BookmarkNotFound()
    {
        var t = NewRuntime();
        await t.StartAsync(ApprovalFlow().Build());

        var ex = await Assert.ThrowsAsync<BookmarkNotFoundException>(() => t.Runtime.ResumeAsync(new ResumeRequest("no-such-bookmark")));

        Assert.Equal("no-such-bookmark", ex.BookmarkId);
    }

    [Fact]
    public async Task Resume_BookmarkOfCancelledInstance_BookmarkNotFound()
    {
        var t = NewRuntime();
        var started = await t.StartAsync(ApprovalFlow().Build());
        await t.Runtime.CancelAsync(started.InstanceId);

        await Assert.ThrowsAsync<BookmarkNotFoundException>(() => t.Runtime.ResumeAsync(new ResumeRequest(started.Bookmarks.Single().Id)));
    }

    [Fact]
    public async Task Resume_RejectedByActivity_NothingStored()
    {
        var t = NewRuntime();
        var started = await t.StartAsync(ApprovalFlow().Build());
        var before = await t.Instances.FindAsync(started.InstanceId);
        var journalBefore = await t.JournalAsync();
        var bookmarkId = started.Bookmarks.Single().Id;

        var ex = await Assert.ThrowsAsync<ResumeRejectedException>(() =>
            t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["note"] = "vergeten" }, "op-bad")));

        Assert.Contains("approved", ex.Message);
        var after = await t.Instances.FindAsync(started.InstanceId);
        Assert.Equal(before!.Version, after!.Version);
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
        Assert.Equal(journalBefore.Count, (await t.JournalAsync()).Count);
        Assert.Null(await t.Instances.FindOperationAsync("op-bad"));

        // The bookmark is still open: a proper resume (even under the refused operation id) goes through.
        var ok = await t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["approved"] = false }, "op-bad"));
        Assert.Equal(WorkflowStatus.Finished, ok.Status);
        Assert.Equal(["rejected"], t.Lines);
    }

    [Fact]
    public async Task Resume_ActivityCrashes_FaultedThenRetryReopensTheWaitAndAnotherResumeFinishes()
    {
        var t = NewRuntime();
        var started = await t.StartAsync(ApprovalFlow().Build());
        var bookmarkId = started.Bookmarks.Single().Id;

        var crashed = await t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["crash"] = true }, "op-crash"));

        Assert.Equal(WorkflowStatus.Faulted, crashed.Status);
        Assert.Equal("approve", crashed.Incident!.ActivityId);
        Assert.Contains("approval service is down", crashed.Incident.Message);

        var retried = await t.Runtime.RetryAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, retried.Status);
        Assert.Equal(bookmarkId, Assert.Single(retried.Bookmarks).Id);

        var finished = await t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["approved"] = true }, "op-ok"));
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Equal(["approved"], t.Lines);
        // The crashed operation id still answers with what it did then.
        Assert.Equal(WorkflowStatus.Faulted, (await t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, null, "op-crash"))).Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Resume_TwoThreadsDifferentOperations_ExactlyOneWinsEveryRound(bool forceOverlap)
    {
        // With forceOverlap both bursts have run before either commits, so the store's version check decides;
        // without it the threads merely start together and may interleave in any way.
        GatedInstanceStore? gated = null;
        var t = new TestRuntime(wrapStore: inner => gated = new GatedInstanceStore(inner));
        t.Registry.Add<ApprovalActivity>();
        var definition = await t.ImportAsync(ApprovalFlow().Build());
        for (var round = 0; round < 200; round++)
        {
            var started = await t.Runtime.StartAsync(definition);
            var bookmarkId = started.Bookmarks.Single().Id;
            using var startTogether = new Barrier(2);
            using var commitTogether = new Barrier(2);
            if (forceOverlap) gated!.BeforeCommit = () => Task.Run(() => commitTogether.SignalAndWait(TimeSpan.FromSeconds(10)));

            Task<RunResult> Contender(string op, bool approved) => Task.Run(async () =>
            {
                startTogether.SignalAndWait();
                return await t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["approved"] = approved }, $"{op}-{round}"));
            });

            var tasks = new[] { Contender("a", true), Contender("b", false) };
            try
            {
                await Task.WhenAll(tasks);
            }
            catch (BookmarkConflictException)
            {
                // Expected for exactly one of them; checked below.
            }
            gated!.BeforeCommit = null;

            var winners = tasks.Where(x => x.IsCompletedSuccessfully).ToList();
            var losers = tasks.Where(x => x.IsFaulted).ToList();
            Assert.True(winners.Count == 1, $"round {round}: {winners.Count} winners");
            var conflict = Assert.IsType<BookmarkConflictException>(Assert.Single(losers).Exception!.InnerException);
            Assert.Equal(bookmarkId, conflict.BookmarkId);
            var journal = await t.JournalAsync(started.InstanceId);
            Assert.Single(journal, e => e.Kind == JournalEvents.InstanceResumed);
            Assert.Single(journal, e => e.Kind == JournalEvents.InstanceFinished);
            var instance = await t.Instances.FindAsync(started.InstanceId);
            Assert.Equal(2, instance!.Version);
            Assert.Equal((await winners[0]).Status, instance.Status);
        }
    }

    [Fact]
    public async Task Resume_LosingRacer_ShowsNoWriteLineOfTheBurstThatWasNeverStored()
    {
        // Both bursts run (and write) before either commits; only the stored one may show its line.
        GatedInstanceStore? gated = null;
        var t = new TestRuntime(wrapStore: inner => gated = new GatedInstanceStore(inner));
        t.Registry.Add<ApprovalActivity>();
        var definition = await t.ImportAsync(ApprovalFlow().Build());
        for (var round = 0; round < 20; round++)
        {
            var bookmarkId = (await t.Runtime.StartAsync(definition)).Bookmarks.Single().Id;
            using var commitTogether = new Barrier(2);
            gated!.BeforeCommit = () => Task.Run(() => commitTogether.SignalAndWait(TimeSpan.FromSeconds(10)));
            var approve = Task.Run(() => t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["approved"] = true }, $"yes-{round}")));
            var reject = Task.Run(() => t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["approved"] = false }, $"no-{round}")));
            try
            {
                await Task.WhenAll(approve, reject);
            }
            catch (BookmarkConflictException)
            {
                // One of them loses; which one is up to the scheduler.
            }
            gated.BeforeCommit = null;

            Assert.Equal(round + 1, t.Lines.Length);
            Assert.Equal(approve.IsCompletedSuccessfully ? "approved" : "rejected", t.Lines[^1]);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Resume_TwoThreadsSameOperation_OneRunsTheOtherReplays(bool forceOverlap)
    {
        GatedInstanceStore? gated = null;
        var t = new TestRuntime(wrapStore: inner => gated = new GatedInstanceStore(inner));
        t.Registry.Add<ApprovalActivity>();
        var definition = await t.ImportAsync(ApprovalFlow().Build());
        for (var round = 0; round < 100; round++)
        {
            var started = await t.Runtime.StartAsync(definition);
            var request = new ResumeRequest(started.Bookmarks.Single().Id, new JsonObject { ["approved"] = true }, $"op-{round}");
            using var startTogether = new Barrier(2);
            using var commitTogether = new Barrier(2);
            if (forceOverlap) gated!.BeforeCommit = () => Task.Run(() => commitTogether.SignalAndWait(TimeSpan.FromSeconds(10)));

            Task<RunResult> Contender() => Task.Run(async () =>
            {
                startTogether.SignalAndWait();
                return await t.Runtime.ResumeAsync(request);
            });

            var results = await Task.WhenAll(Contender(), Contender());
            gated!.BeforeCommit = null;

            Assert.Single(results, r => !r.Replayed);
            Assert.All(results, r => Assert.Equal(WorkflowStatus.Finished, r.Status));
            Assert.Single(await t.JournalAsync(started.InstanceId), e => e.Kind == JournalEvents.InstanceResumed);
        }
    }

    [Theory]
    [InlineData("FindBookmark")]
    [InlineData("Find")]
    public async Task Resume_SameOperationCommitsWhileSecondCallIsBetweenLookups_SecondReplays(string gapBefore)
    {
        // The second call has seen no operation record yet; before its next read, the first call commits.
        GatedInstanceStore? gated = null;
        var t = new TestRuntime(wrapStore: inner => gated = new GatedInstanceStore(inner));
        t.Registry.Add<ApprovalActivity>();
        var started = await t.StartAsync(ApprovalFlow().Build());
        var request = new ResumeRequest(started.Bookmarks.Single().Id, new JsonObject { ["approved"] = true }, "op-1");
        RunResult? first = null;
        gated!.BeforeRead = async read =>
        {
            if (read != gapBefore) return;
            gated.BeforeRead = null;
            first = await t.Runtime.ResumeAsync(request);
        };

        var second = await t.Runtime.ResumeAsync(request);

        Assert.False(first!.Replayed);
        Assert.True(second.Replayed);
        Assert.Equal(WorkflowStatus.Finished, second.Status);
        Assert.Single(await t.JournalAsync(started.InstanceId), e => e.Kind == JournalEvents.InstanceResumed);
    }

    [Theory]
    [InlineData("FindBookmark")]
    [InlineData("Find")]
    public async Task Resume_OtherOperationCommitsWhileCallIsBetweenLookups_Conflict(string gapBefore)
    {
        GatedInstanceStore? gated = null;
        var t = new TestRuntime(wrapStore: inner => gated = new GatedInstanceStore(inner));
        t.Registry.Add<ApprovalActivity>();
        var started = await t.StartAsync(ApprovalFlow().Build());
        var bookmarkId = started.Bookmarks.Single().Id;
        gated!.BeforeRead = async read =>
        {
            if (read != gapBefore) return;
            gated.BeforeRead = null;
            await t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["approved"] = true }, "op-first"));
        };

        var ex = await Assert.ThrowsAsync<BookmarkConflictException>(() =>
            t.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["approved"] = false }, "op-second")));

        Assert.Contains("op-first", ex.Message);
        Assert.Equal(["approved"], t.Lines);
    }
}
