using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Engine.Tests.Stores;

/// <summary>The in-memory store keeps its journal as a compact log; what is read back must equal what was committed.</summary>
public sealed class InMemoryWorkflowInstanceStoreJournalTests
{
    private static WorkflowInstance Instance(string id, string? correlationId = null, long version = 1) => new()
    {
        Id = id,
        Version = version,
        DefinitionId = "melding",
        DefinitionVersionId = "melding:v1",
        DefinitionVersion = 1,
        CorrelationId = correlationId,
        Status = WorkflowStatus.Finished,
    };

    private static JournalEntry Entry(WorkflowInstance instance, string kind, string? payload = null, string? activityId = "task",
        DateTimeOffset? at = null, string? outcome = null) => new()
    {
        InstanceId = instance.Id,
        DefinitionId = instance.DefinitionId,
        DefinitionVersion = instance.DefinitionVersion,
        ActivityId = activityId,
        ActivityType = activityId is null ? null : "RelatieWerkstroom.HumanTask",
        ActivityName = activityId is null ? null : "Gesprek voeren",
        Kind = kind,
        Actor = "consulent-7",
        Timestamp = at ?? new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1)),
        Outcome = outcome,
        PayloadJson = payload,
        FrictionJson = activityId is null ? null : "{\"origin\":\"national\",\"basis\":\"Wmo 2015 art. 2.3.2 lid 1\",\"minutes\":30}",
        CorrelationId = instance.CorrelationId,
    };

    private static async Task<List<JournalEntry>> ReadAsync(InMemoryWorkflowInstanceStore store, long after = 0, string? instanceId = null)
    {
        var list = new List<JournalEntry>();
        await foreach (var e in store.ReadAsync(after, instanceId)) list.Add(e);
        return list;
    }

    private static object Shape(JournalEntry e) => new
    {
        e.Sequence, e.InstanceId, e.DefinitionId, e.DefinitionVersion, e.ActivityId, e.ActivityType, e.ActivityName, e.Kind, e.Actor,
        e.Timestamp, Offset = e.Timestamp.Offset, e.Outcome, e.PayloadJson, e.FrictionJson, e.CorrelationId,
    };

    [Fact]
    public async Task ReadAsync_AfterCommits_ReturnsEveryFieldAsCommitted()
    {
        // Arrange
        var store = new InMemoryWorkflowInstanceStore();
        var a = Instance("a", "zaak-1");
        var b = Instance("b");
        var committed = new List<JournalEntry>
        {
            Entry(a, JournalEvents.InstanceStarted, activityId: null),
            Entry(a, JournalEvents.ActivityCompleted, "{\"note\":\"één beschikking — ✓\"}", outcome: "Toekennen,Afwijzen"),
            Entry(a, JournalEvents.StepCompleted, "{\"durationMs\":1.5}", at: new DateTimeOffset(2026, 12, 31, 23, 59, 59, 999, TimeSpan.FromMinutes(-210))),
        };
        var second = new List<JournalEntry> { Entry(b, JournalEvents.InstanceFinished, "", activityId: null) };

        // Act
        await store.CommitAsync(new BurstCommit([new InstanceChange(a, 0)], committed, null));
        await store.CommitAsync(new BurstCommit([new InstanceChange(b, 0)], second, null));
        var read = await ReadAsync(store);

        // Assert
        Assert.Equal([1L, 2L, 3L, 4L], read.Select(e => e.Sequence));
        Assert.Equal(committed.Concat(second).Select(Shape), read.Select(Shape));
    }

    [Fact]
    public async Task ReadAsync_WithInstanceAndSequence_ReturnsOnlyMatchingEntries()
    {
        // Arrange
        var store = new InMemoryWorkflowInstanceStore();
        var a = Instance("a");
        var b = Instance("b");
        await store.CommitAsync(new BurstCommit([new InstanceChange(a, 0)], [Entry(a, "A1"), Entry(a, "A2")], null));
        await store.CommitAsync(new BurstCommit([new InstanceChange(b, 0)], [Entry(b, "B1")], null));
        var aAgain = Instance("a", version: 2);
        await store.CommitAsync(new BurstCommit([new InstanceChange(aAgain, 1)], [Entry(aAgain, "A3")], null));

        // Act
        var ofA = await ReadAsync(store, instanceId: "a");
        var afterTwo = await ReadAsync(store, after: 2);
        var ofAAfterTwo = await ReadAsync(store, after: 2, instanceId: "a");

        // Assert
        Assert.Equal(["A1", "A2", "A3"], ofA.Select(e => e.Kind));
        Assert.Equal(["B1", "A3"], afterTwo.Select(e => e.Kind));
        Assert.Equal(["A3"], ofAAfterTwo.Select(e => e.Kind));
    }

    [Fact]
    public async Task ReadAsync_ManyAndLargeEntries_KeepsOrderAndContent()
    {
        // Arrange: more than one megabyte of log, and one payload larger than a log chunk.
        var store = new InMemoryWorkflowInstanceStore();
        var large = "{\"text\":\"" + new string('x', 3_000_000) + "\"}";
        var expected = new List<string?>();
        for (var i = 0; i < 300; i++)
        {
            var instance = Instance($"i{i}", $"zaak-{i % 7}");
            var payloads = new[] { $"{{\"n\":{i}}}", i == 150 ? large : null, new string('é', i * 20) };
            expected.AddRange(payloads);
            await store.CommitAsync(new BurstCommit([new InstanceChange(instance, 0)],
                payloads.Select(p => Entry(instance, "K", p)).ToList(), null));
        }

        // Act
        var read = await ReadAsync(store);

        // Assert
        Assert.Equal(900, read.Count);
        Assert.Equal(expected, read.Select(e => e.PayloadJson));
        Assert.Equal(Enumerable.Range(1, 900).Select(i => (long)i), read.Select(e => e.Sequence));
        Assert.Equal("zaak-5", read.Single(e => e.InstanceId == "i299" && e.PayloadJson == "{\"n\":299}").CorrelationId);
    }

    [Fact]
    public async Task CommitAsync_JournalSwitchedOff_KeepsNoEntries()
    {
        // Arrange
        var store = new InMemoryWorkflowInstanceStore { KeepJournal = false };
        var a = Instance("a");

        // Act
        await store.CommitAsync(new BurstCommit([new InstanceChange(a, 0)], [Entry(a, "A1")], null));

        // Assert
        Assert.Empty(await ReadAsync(store));
        Assert.NotNull(await store.FindAsync("a"));
    }
}
