using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Tests.Support;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>
/// The engine runtime over the database stores: a run continues after a restart (fresh objects over the same
/// database), resumes are idempotent and exclusive, faults are kept. Runs on every provider.
/// </summary>
public abstract class DurableRuntimeTests : DatabaseTest
{
    private readonly FakeTimeProvider _clock = PersistentRuntime.NewClock();

    public static TheoryData<string, string[], bool> Samples => new()
    {
        { "basic-hello-world.json", ["Hello World!"], true },
        { "writeline.json", ["Dummy Text"], true },
        { "workflow1.json", ["WriteLine1", "WriteLine2", "WriteLine3"], false },
        { "workflow2.json", Enumerable.Range(1, 9).Select(i => $"WriteLine{i}").ToArray(), false },
        { "workflow3.json", Enumerable.Range(1, 9).Select(i => $"WriteLine{i}").ToArray(), false },
        { "join-all-1.json", ["Start", "Line 1", "Line 2", "End"], true },
        { "join-any-1.json", ["Start", "End"], true },
    };

    [Fact]
    public async Task Initialize_EmptyDatabase_AppliesEveryMigration()
    {
        await using var runtime = await OpenAsync();

        await using var db = new WerkstroomDbContextFactory(Options).CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.Equal(0, await db.Instances.CountAsync());
    }

    [Fact]
    public async Task Resume_EventBookmarkAfterRestart_FinishesWithPayloadAndFrictionInJournal()
    {
        var definition = Flows.Line("aanvraag",
            Flows.Event("wacht", "Approved"),
            Flows.Activity("klaar", "Elsa.WriteLine", new JsonObject { ["text"] = Flows.Literal("String", "goedgekeurd") }, Flows.Friction("backoffice", 12)));
        string bookmarkId, instanceId;
        await using (var before = await OpenAsync())
        {
            var started = await before.StartAsync(definition, new StartOptions(CorrelationId: "zaak-42"));
            Assert.Equal(WorkflowStatus.Suspended, started.Status);
            (bookmarkId, instanceId) = (started.Bookmarks.Single().Id, started.InstanceId);
        }

        await using var after = await OpenAsync();
        var waiting = await after.Instances.FindBookmarksAsync(new BookmarkFilter(BookmarkKinds.Event, "Approved", CorrelationId: "zaak-42"));
        var result = await after.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["choice"] = "toekennen" }, "op-1", "consulent-7"));

        Assert.Equal(bookmarkId, waiting.Single().Bookmark.Id);
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["goedgekeurd"], after.Lines);
        var stored = await after.Instances.FindAsync(instanceId);
        Assert.Equal("toekennen", stored!.Variables["Decision"]!["choice"]!.GetValue<string>());
        Assert.Null(await after.Instances.FindBookmarkAsync(bookmarkId));
        var journal = await after.JournalAsync(instanceId);
        Assert.All(journal, e => Assert.Equal("zaak-42", e.CorrelationId));
        var completed = journal.Single(e => e is { ActivityId: "klaar", Kind: JournalEvents.ActivityCompleted });
        Assert.True(JsonNode.DeepEquals(Flows.Friction("backoffice", 12), JsonNode.Parse(completed.FrictionJson!)));
        Assert.Equal("consulent-7", completed.Actor);
        Assert.Equal(JournalEvents.InstanceFinished, journal[^1].Kind);
    }

    [Fact]
    public async Task ResumeDueTimers_DelayedSampleAfterRestart_Finishes()
    {
        var definition = WorkflowDefinitionReader.Parse(await File.ReadAllTextAsync(SharedPaths.Sample("workflow3.json")));
        RunResult started;
        string[] linesBefore;
        await using (var before = await OpenAsync())
        {
            started = await before.StartAsync(definition);
            linesBefore = before.Lines;
        }

        await using var after = await OpenAsync();
        var final = await after.FireTimersUntilDoneAsync(started);

        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        Assert.Equal(2, started.Bookmarks.Count(b => b.DueAt is not null));
        Assert.DoesNotContain("WriteLine9", linesBefore);
        Assert.Equal(WorkflowStatus.Finished, final.Status);
        Assert.Equal("WriteLine9", after.Lines[^1]);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"WriteLine{i}"), linesBefore.Concat(after.Lines).Order());
        Assert.Empty(await after.Instances.FindBookmarksAsync(new BookmarkFilter(InstanceId: started.InstanceId)));
    }

    [Fact]
    public async Task Resume_SameOperationIdTwice_ReplaysWithoutRunningAgain()
    {
        var definition = Flows.Line("melding", Flows.Event("wacht", "Approved"), Flows.WriteLine("klaar", "afgehandeld"));
        await using var first = await OpenAsync();
        var started = await first.StartAsync(definition);
        var request = new ResumeRequest(started.Bookmarks.Single().Id, new JsonObject { ["choice"] = "toekennen" }, "op-melding-1");
        var original = await first.Runtime.ResumeAsync(request);
        var journalAfterFirst = await first.JournalAsync();

        await using var second = await OpenAsync();
        var repeat = await second.Runtime.ResumeAsync(request);

        Assert.False(original.Replayed);
        Assert.True(repeat.Replayed);
        Assert.Equal((original.InstanceId, original.Status), (repeat.InstanceId, repeat.Status));
        Assert.Empty(second.Lines);
        Assert.Equal(journalAfterFirst.Select(e => e.Sequence), (await second.JournalAsync()).Select(e => e.Sequence));
        Assert.Single(journalAfterFirst, e => e.Kind == JournalEvents.InstanceResumed);
    }

    [Fact]
    public async Task Resume_TwoDifferentOperationsAtOnce_ExactlyOneWinsAndTheOtherGetsAConflict()
    {
        var definition = Flows.Line("bezwaar", Flows.Event("wacht", "Decided"), Flows.WriteLine("klaar", "besloten"));
        var bookmarks = new List<string>();
        await using (var setup = await OpenAsync())
        {
            var imported = await setup.ImportAsync(definition);
            for (var i = 0; i < 6; i++) bookmarks.Add((await setup.Runtime.StartAsync(imported)).Bookmarks.Single().Id);
        }
        // Two separate stacks over one database, as two processes would be.
        await using var left = await OpenAsync();
        await using var right = await OpenAsync();

        var outcomes = new List<(string Bookmark, Outcome Left, Outcome Right)>();
        foreach (var bookmark in bookmarks)
        {
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var l = Task.Run(() => Outcome.Of(go.Task, () => left.Runtime.ResumeAsync(new ResumeRequest(bookmark, null, "left-" + bookmark))));
            var r = Task.Run(() => Outcome.Of(go.Task, () => right.Runtime.ResumeAsync(new ResumeRequest(bookmark, null, "right-" + bookmark))));
            go.SetResult();
            outcomes.Add((bookmark, await l, await r));
        }

        foreach (var (bookmark, l, r) in outcomes)
        {
            Assert.Single(new[] { l, r }, o => o.Result is not null);
            var (winner, loser, winnerSide) = l.Result is not null ? (l, r, "left-") : (r, l, "right-");
            Assert.Equal(WorkflowStatus.Finished, winner.Result!.Status);
            var conflict = Assert.IsType<BookmarkConflictException>(loser.Error);
            Assert.Equal(bookmark, conflict.BookmarkId);
            Assert.Contains(winnerSide + bookmark, conflict.Message);
        }
        var journal = await left.JournalAsync();
        Assert.Equal(bookmarks.Count, journal.Count(e => e.Kind == JournalEvents.InstanceResumed));
        Assert.Equal(bookmarks.Count, journal.Count(e => e is { ActivityId: "klaar", Kind: JournalEvents.ActivityCompleted }));
        Assert.Equal(bookmarks.Count, journal.Count(e => e.Kind == JournalEvents.InstanceFinished));
    }

    [Fact]
    public async Task Start_FaultingActivity_KeepsIncidentAndJournalAfterRestart()
    {
        var definition = Flows.Line("koppeling", Flows.WriteLine("voor", "begonnen"), Flows.Fault("storing", "zaaksysteem niet bereikbaar"));
        string instanceId;
        await using (var before = await OpenAsync())
        {
            var result = await before.StartAsync(definition);
            Assert.Equal(WorkflowStatus.Faulted, result.Status);
            instanceId = result.InstanceId;
        }

        await using var after = await OpenAsync();
        var stored = await after.Instances.FindAsync(instanceId);
        var journal = await after.JournalAsync(instanceId);

        Assert.Equal(WorkflowStatus.Faulted, stored!.Status);
        Assert.Equal(("storing", "Elsa.Fault", _clock.GetUtcNow()), (stored.Incident!.ActivityId, stored.Incident.ActivityType, stored.Incident.Timestamp));
        Assert.Contains("zaaksysteem niet bereikbaar", stored.Incident.Message);
        Assert.Equal(JournalEvents.InstanceStarted, journal[0].Kind);
        Assert.Contains(journal, e => e is { ActivityId: "voor", Kind: JournalEvents.ActivityCompleted });
        Assert.Contains(journal, e => e is { ActivityId: "storing", Kind: JournalEvents.ActivityFaulted });
        Assert.Equal(JournalEvents.InstanceFaulted, journal[^1].Kind);
        Assert.True(journal.Zip(journal.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
    }

    // Issue 14 item 2: a NaN once made the commit throw, so the waiting instance could never be resumed or retried.
    [Fact]
    public async Task Resume_BurstThatComputesNaN_IsStoredAsAnIncidentAtThatActivityAfterRestart()
    {
        var definition = Flows.Line("herberekening",
            Flows.Event("wacht", "Herberekend"),
            Flows.Activity("bereken", "Elsa.RunJavaScript", new JsonObject { ["script"] = Flows.Literal("String", "setDecision({ bedrag: 0/0 });") }));
        string bookmarkId, instanceId;
        await using (var before = await OpenAsync())
        {
            var started = await before.StartAsync(definition);
            (bookmarkId, instanceId) = (started.Bookmarks.Single().Id, started.InstanceId);
        }

        await using (var resumer = await OpenAsync())
        {
            var resumed = await resumer.Runtime.ResumeAsync(new ResumeRequest(bookmarkId, new JsonObject { ["choice"] = "x" }, "op-nan"));
            Assert.Equal(WorkflowStatus.Faulted, resumed.Status);
        }

        await using var after = await OpenAsync();
        var stored = await after.Instances.FindAsync(instanceId);
        Assert.Equal(WorkflowStatus.Faulted, stored!.Status);
        Assert.Equal("bereken", stored.Incident!.ActivityId);
        Assert.Contains("NaN and Infinity", stored.Incident.Message);
        Assert.Contains(await after.JournalAsync(instanceId), e => e is { ActivityId: "bereken", Kind: JournalEvents.ActivityFaulted });
        var retried = await after.Runtime.RetryAsync(instanceId);
        Assert.Equal(("bereken", WorkflowStatus.Faulted), (retried.Incident!.ActivityId, retried.Status));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Start_Elsa3Sample_GivesTheDocumentedResultAndStoresIt(string file, string[] expectedLines, bool ordered)
    {
        var definition = WorkflowDefinitionReader.Parse(await File.ReadAllTextAsync(SharedPaths.Sample(file)));
        await using var runtime = await OpenAsync();

        var result = await runtime.FireTimersUntilDoneAsync(await runtime.StartAsync(definition));

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(ordered ? expectedLines : expectedLines.Order(), ordered ? (IEnumerable<string>)runtime.Lines : runtime.Lines.Order());
        await using var reopened = await OpenAsync();
        Assert.Equal(WorkflowStatus.Finished, (await reopened.Instances.FindAsync(result.InstanceId))!.Status);
        Assert.Equal(JournalEvents.InstanceFinished, (await reopened.JournalAsync(result.InstanceId))[^1].Kind);
    }

    private Task<PersistentRuntime> OpenAsync() => PersistentRuntime.OpenAsync(Options, _clock);

    /// <summary>What one side of a race got: a result or an exception.</summary>
    public sealed record Outcome(RunResult? Result, Exception? Error)
    {
        public static async Task<Outcome> Of(Task go, Func<Task<RunResult>> run)
        {
            await go;
            try
            {
                return new Outcome(await run(), null);
            }
            catch (Exception ex)
            {
                return new Outcome(null, ex);
            }
        }
    }
}
