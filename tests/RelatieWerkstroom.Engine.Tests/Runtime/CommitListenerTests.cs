using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Tests.Support;

namespace RelatieWerkstroom.Engine.Tests.Runtime;

/// <summary>Commit listeners hear about every stored burst, with the bookmarks it left open, and about nothing else.</summary>
public sealed class CommitListenerTests
{
    [Fact]
    public async Task Start_WithDelay_ListenerGetsTheNewTimerAfterItIsStored()
    {
        var listener = new RecordingListener();
        var t = new TestRuntime(services: listener);
        listener.Store = t.Instances;

        var started = await t.StartAsync(new FlowBuilder().Delay("wait", "01:00:00").WriteLine("after", "done").Chain("wait", "after").Build());

        var burst = Assert.Single(listener.Bursts);
        var timer = Assert.Single(burst.CreatedBookmarks);
        Assert.Equal((started.Bookmarks.Single().Id, BookmarkKinds.Timer, t.Clock.GetUtcNow().AddHours(1)), (timer.Id, timer.Kind, timer.DueAt));
        Assert.Equal(started.InstanceId, Assert.Single(burst.Instances).Id);
        Assert.True(Assert.Single(listener.BookmarkStoredWhenHeard));
    }

    [Fact]
    public async Task Resume_ThatFinishes_ListenerGetsTheFinishedInstanceAndNoNewBookmark()
    {
        var listener = new RecordingListener();
        var t = new TestRuntime(services: listener);
        var started = await t.StartAsync(new FlowBuilder().Event("wait", "signed").WriteLine("after", "done").Chain("wait", "after").Build());

        await t.Runtime.ResumeAsync(new ResumeRequest(started.Bookmarks.Single().Id, OperationId: "op-1"));
        await t.Runtime.ResumeAsync(new ResumeRequest(started.Bookmarks.Single().Id, OperationId: "op-1"));

        Assert.Equal(2, listener.Bursts.Count);
        var resumed = listener.Bursts[1];
        Assert.Empty(resumed.CreatedBookmarks);
        Assert.Equal(WorkflowStatus.Finished, Assert.Single(resumed.Instances).Status);
    }

    [Fact]
    public async Task Start_TimerCancelledByWaitAnyInSameBurst_ListenerGetsNoTimer()
    {
        var listener = new RecordingListener();
        var t = new TestRuntime(services: listener);
        var flow = new FlowBuilder()
            .Fork("fork", "fast", "slow").WriteLine("fast", "fast").Delay("slow", "01:00:00").Join("join", "WaitAny")
            .Connect("fork", "fast", "fast").Connect("fork", "slow", "slow").Connect("fast", "join").Connect("slow", "join");

        var started = await t.StartAsync(flow.Build());

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Empty(Assert.Single(listener.Bursts).CreatedBookmarks);
    }

    [Fact]
    public async Task Start_CommitFails_ListenerHearsNothing()
    {
        var listener = new RecordingListener();
        var t = new TestRuntime(services: listener,
            wrapStore: inner => new GatedInstanceStore(inner) { BeforeCommit = () => throw new IOException("disk full") });

        await Assert.ThrowsAsync<IOException>(() => t.StartAsync(new FlowBuilder().Delay("wait", "01:00:00").Build()));

        Assert.Empty(listener.Bursts);
    }

    /// <summary>Records what it heard; is its own service provider, offering itself as the only listener.</summary>
    private sealed class RecordingListener : IBurstCommitListener, IServiceProvider
    {
        public List<CommittedBurst> Bursts { get; } = [];

        public List<bool> BookmarkStoredWhenHeard { get; } = [];

        public IWorkflowInstanceStore? Store { get; set; }

        public async ValueTask OnCommittedAsync(CommittedBurst burst, CancellationToken cancellationToken)
        {
            Bursts.Add(burst);
            if (Store is not null)
                foreach (var bookmark in burst.CreatedBookmarks)
                    BookmarkStoredWhenHeard.Add(await Store.FindBookmarkAsync(bookmark.Id, cancellationToken) is not null);
        }

        public object? GetService(Type serviceType) =>
            serviceType == typeof(IEnumerable<IBurstCommitListener>) ? new IBurstCommitListener[] { this } : null;
    }
}
