using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Simulation;

namespace RelatieWerkstroom.Simulation.Tests;

public sealed class SimulationOutboxTests
{
    [Fact]
    public async Task EnqueueAsync_SameMessageTwice_QueuesItOnce()
    {
        var outbox = new SimulationOutbox();

        await outbox.EnqueueAsync(Message("m-1", "z-1"));
        await outbox.EnqueueAsync(Message("m-1", "z-1"));

        Assert.Single(await outbox.FindByCaseFileAsync("z-1"));
        Assert.Equal(1, outbox.Count);
    }

    [Fact]
    public async Task FindByCaseFileAsync_MessagesOfSeveralCases_OnlyThatCaseInQueueOrder()
    {
        var outbox = new SimulationOutbox();
        await outbox.EnqueueAsync(Message("m-2", "z-1"));
        await outbox.EnqueueAsync(Message("m-9", "z-2"));
        await outbox.EnqueueAsync(Message("m-1", "z-1"));

        var messages = await outbox.FindByCaseFileAsync("z-1");

        Assert.Equal(["m-2", "m-1"], messages.Select(m => m.Id));
        Assert.Empty(await outbox.FindByCaseFileAsync("z-3"));
    }

    [Fact]
    public async Task MarkSentAsync_Message_IsNoLongerPending()
    {
        var outbox = new SimulationOutbox();
        await outbox.EnqueueAsync(Message("m-1", "z-1"));
        await outbox.EnqueueAsync(Message("m-2", "z-1"));

        await outbox.MarkSentAsync("m-1", DateTimeOffset.UnixEpoch);

        Assert.Equal(["m-2"], (await outbox.FindPendingAsync()).Select(m => m.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.MarkSentAsync("m-7", DateTimeOffset.UnixEpoch));
    }

    private static OutboxMessage Message(string id, string caseFileId) => new() { Id = id, CaseFileId = caseFileId, Kind = "JW301", Payload = "{}" };
}
