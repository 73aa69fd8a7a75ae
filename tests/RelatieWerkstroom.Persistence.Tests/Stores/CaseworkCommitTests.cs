using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Stores;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Persistence.Tests.Support;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Persistence.Tests.Stores;

/// <summary>
/// A burst and the case-file changes and messages its activities staged are stored in one transaction: both or
/// neither. Runs on every provider.
/// </summary>
public abstract class CaseworkCommitTests : DatabaseTest
{
    private const string Form = """[{"name":"uren","type":"number","required":true}]""";
    private static readonly string[] EngineTables = ["Instances", "Bookmarks", "Operations", "Journal"];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task CompleteTask_StepStagesDocumentAndMessage_BothStoredWithTheBurstExactlyOnce()
    {
        // Arrange
        await using var services = await OpenAsync(typeof(IssueToewijzing));
        await services.ImportAsync(CaseFlows.Line("wf", CaseFlows.Task("gesprek", "Gesprek voeren", Form), CaseFlows.Step("toewijzing", "Test.IssueToewijzing")));
        var opened = await services.OpenCaseAsync("wf");

        // Act
        var result = await services.SendAsync(new CompleteTask.Command(CaseworkServices.Consulent, opened.Bookmarks[0].Id, "Gereed",
            new JsonObject { ["uren"] = 3 }, "op-1"));

        // Assert: one case-file version for the burst, so the wrapper's pass after the commit stored nothing again.
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        var file = await services.CaseFiles.FindAsync(opened.CaseFileId);
        Assert.Equal(2, file!.Version);
        Assert.Equal(3, Assert.Single(file.Forms).Values["uren"]!.GetValue<int>());
        Assert.Equal("toewijzing", Assert.Single(file.Documents).Kind);
        Assert.Equal("iWmo.WMO301", Assert.Single(await services.Outbox.FindPendingAsync()).Kind);
        Assert.Contains(await services.JournalAsync(opened.InstanceId), e => e.Kind == CaseworkEvents.TaskCompleted);
    }

    [Fact]
    public async Task CompleteTask_CaseFileSideFailsInsideTheCommit_NeitherInstanceNorJournalNorCaseFileIsStored()
    {
        // Arrange: the step queues a message the outbox's foreign key refuses.
        await using var services = await OpenAsync(typeof(MessageForUnknownCase));
        await services.ImportAsync(CaseFlows.Line("wf", CaseFlows.Task("gesprek", "Gesprek voeren", Form), CaseFlows.Step("bericht", "Test.MessageForUnknownCase")));
        var opened = await services.OpenCaseAsync("wf");
        var taskId = opened.Bookmarks[0].Id;
        var instanceBefore = await services.Instances.FindAsync(opened.InstanceId);
        var caseFileBefore = JsonSerializer.Serialize(await services.CaseFiles.FindAsync(opened.CaseFileId), Json.Options);
        var rowsBefore = await CountAsync(EngineTables);

        // Act
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => services.SendAsync(new CompleteTask.Command(
            CaseworkServices.Consulent, taskId, "Gereed", new JsonObject { ["uren"] = 3 }, "op-1")));

        // Assert: the engine's rows are as they were, and so is the case file.
        Assert.Contains("nothing of the step was stored", error.Message);
        Assert.Equal(rowsBefore, await CountAsync(EngineTables));
        var instanceAfter = await services.Instances.FindAsync(opened.InstanceId);
        Assert.Equal((instanceBefore!.Version, WorkflowStatus.Suspended), (instanceAfter!.Version, instanceAfter.Status));
        Assert.NotNull(await services.Instances.FindBookmarkAsync(taskId));
        Assert.Null(await services.Instances.FindOperationAsync("op-1"));
        Assert.DoesNotContain(await services.JournalAsync(), e => e.Kind == CaseworkEvents.TaskCompleted);
        Assert.Equal(caseFileBefore, JsonSerializer.Serialize(await services.CaseFiles.FindAsync(opened.CaseFileId), Json.Options));
        Assert.Equal(0, await DatabaseText.CountAsync(Options, "OutboxMessages"));
    }

    [Fact]
    public async Task ChangeClock_ExtensionIsStoredOnTheCaseFileAndInTheJournalInOneCommit()
    {
        // Arrange
        await using var services = await OpenAsync();
        await services.ImportAsync(CaseFlows.Line("wf", CaseFlows.Task("gesprek", "Gesprek voeren", Form)));
        var opened = await services.OpenCaseAsync("wf");
        await PutClockAsync(services, opened);
        var before = (await services.CaseFiles.FindAsync(opened.CaseFileId))!.Version;

        // Act
        await services.SendAsync(Extension(opened.CaseFileId));

        // Assert: one new case-file version, and the journal says the same.
        var file = await services.CaseFiles.FindAsync(opened.CaseFileId);
        Assert.Equal(before + 1, file!.Version);
        Assert.Equal(ClockAction.Extend, file.Clock("beslistermijn")!.Transitions[^1].Action);
        Assert.Contains(await services.JournalAsync(opened.InstanceId), e => e.Kind == CaseworkEvents.ClockExtended);
    }

    [Fact]
    public async Task ChangeClock_JournalFailsInsideTheCommit_TheCaseFileKeepsItsClockAsItWas()
    {
        // Arrange: the commit that journals the extension fails after the case file was written in its transaction.
        await using var services = await CaseworkServices.OpenAsync(Options, _clock,
            s => s.AddSingleton<ICommitParticipant>(new FailOn(CaseworkEvents.ClockExtended)));
        await services.ImportAsync(CaseFlows.Line("wf", CaseFlows.Task("gesprek", "Gesprek voeren", Form)));
        var opened = await services.OpenCaseAsync("wf");
        await PutClockAsync(services, opened);
        var before = JsonSerializer.Serialize(await services.CaseFiles.FindAsync(opened.CaseFileId), Json.Options);

        // Act
        await Assert.ThrowsAsync<InvalidOperationException>(() => services.SendAsync(Extension(opened.CaseFileId)));

        // Assert: neither the case file nor the journal shows an extension.
        Assert.Equal(before, JsonSerializer.Serialize(await services.CaseFiles.FindAsync(opened.CaseFileId), Json.Options));
        Assert.DoesNotContain(await services.JournalAsync(), e => e.Kind == CaseworkEvents.ClockExtended);
    }

    [Fact]
    public async Task OpenCaseFile_FirstBurstFailsInsideTheCommit_LeavesNoCaseFileSubjectOrInstance()
    {
        // Arrange
        await using var services = await OpenAsync(typeof(MessageForUnknownCase));
        await services.ImportAsync(CaseFlows.Line("wf", CaseFlows.Step("bericht", "Test.MessageForUnknownCase")));

        // Act
        await Assert.ThrowsAsync<InvalidOperationException>(() => services.OpenCaseAsync("wf", "123456782", "Jan de Vries"));

        // Assert
        Assert.Equal(new long[6], await CountAsync([.. EngineTables, "CaseFiles", "CaseSubjects"]));
    }

    [Fact]
    public async Task CompleteTask_ColleagueChangesCaseFileWhileBurstRuns_BurstChangesAreAppliedOnTopOfTheColleagues()
    {
        // Arrange
        await using var services = await OpenAsync(typeof(ColleagueWritesMeanwhile));
        await services.ImportAsync(CaseFlows.Line("wf", CaseFlows.Task("gesprek", "Gesprek voeren", Form), CaseFlows.Step("verslag", "Test.ColleagueWritesMeanwhile")));
        var opened = await services.OpenCaseAsync("wf");

        // Act
        await services.SendAsync(new CompleteTask.Command(CaseworkServices.Consulent, opened.Bookmarks[0].Id, "Gereed",
            new JsonObject { ["uren"] = 3 }, "op-1"));

        // Assert: version 1 opened, 2 the colleague's note, 3 the burst's form and document.
        var file = await services.CaseFiles.FindAsync(opened.CaseFileId);
        Assert.Equal(3, file!.Version);
        Assert.Equal("n-colleague", Assert.Single(file.Notes).Id);
        Assert.Single(file.Forms);
        Assert.Equal("verslag", Assert.Single(file.Documents).Kind);
    }

    [Fact]
    public async Task CompleteTask_AnotherWriterHoldsTheCaseFileDuringTheCommit_WaitsAndKeepsBothChanges()
    {
        // Arrange: another writer changes the case file in a transaction it keeps open.
        await using var services = await OpenAsync();
        await services.ImportAsync(CaseFlows.Line("wf", CaseFlows.Task("gesprek", "Gesprek voeren", Form)));
        var opened = await services.OpenCaseAsync("wf");
        await using var other = new WerkstroomDbContextFactory(Options).CreateDbContext();
        await using var otherTransaction = await other.Database.BeginTransactionAsync();
        await other.Database.ExecuteSqlRawAsync(
            "UPDATE \"CaseFiles\" SET \"Assignee\" = 'u-bram', \"Version\" = \"Version\" + 1 WHERE \"Id\" = {0}", opened.CaseFileId);

        // Act: the burst's commit has to wait for the other writer; then the other writer commits.
        var completing = Task.Run(() => services.SendAsync(new CompleteTask.Command(CaseworkServices.Consulent, opened.Bookmarks[0].Id, "Gereed",
            new JsonObject { ["uren"] = 3 }, "op-1")));
        await WaitUntilBlockedAsync(completing);
        await otherTransaction.CommitAsync();
        var result = await completing;

        // Assert: the burst's form went onto the other writer's version (on PostgreSQL by a retry inside the commit).
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        var file = await services.CaseFiles.FindAsync(opened.CaseFileId);
        Assert.Equal(("u-bram", 3L), (file!.Assignee, file.Version));
        Assert.Single(file.Forms);
    }

    private async Task WaitUntilBlockedAsync(Task work)
    {
        if (Options.Provider != PersistenceProvider.PostgreSql)
        {
            // SQLite cannot tell who waits for its write lock, so on SQLite the test shows only that both changes are kept,
            // whether the commit reached the lock before the other writer let go or after; the waiting is shown on PostgreSQL.
            return;
        }
        // Asked outside the other writer's transaction: inside one, pg_stat_activity is a snapshot that never changes.
        await using var observer = new WerkstroomDbContextFactory(Options).CreateDbContext();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!work.IsCompleted && DateTime.UtcNow < deadline)
        {
            var waiting = await observer.Database.SqlQueryRaw<int>(
                "SELECT COUNT(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").SingleAsync();
            if (waiting > 0) return;
            await Task.Delay(20);
        }
        Assert.Fail("the commit never waited for the other writer's lock");
    }

    private Task<CaseworkServices> OpenAsync(params Type[] activities) => CaseworkServices.OpenAsync(Options, _clock, activities);

    private static ChangeClock.Command Extension(string caseFileId) =>
        new(CaseworkServices.Consulent, caseFileId, "beslistermijn", "extend", "Advies van de GGD nodig", "Awb 4:14 lid 3", "2 weken");

    // A beslistermijn started by the case's instance two days ago, as a LegalClock step would have started it.
    private async Task PutClockAsync(CaseworkServices services, OpenCaseFile.Result opened)
    {
        var start = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(-2);
        var clock = CaseClock.Begin("beslistermijn", "Awb 4:13", LegalTerm.Parse("8 weeks"), start, 5, opened.InstanceId, "klok", "u-anna",
            _clock.GetUtcNow(), profile: ClockProfile.Default);
        await services.CaseFiles.UpdateAsync(opened.CaseFileId, f => f.PutClock(clock));
    }

    private sealed class FailOn(string kind) : ICommitParticipant
    {
        public Task OnCommitAsync(BurstCommit commit, WerkstroomDbContext db, CancellationToken cancellationToken) =>
            commit.Journal.Any(e => e.Kind == kind) ? throw new InvalidOperationException($"test: the commit with {kind} fails") : Task.CompletedTask;
    }

    private async Task<long[]> CountAsync(string[] tables)
    {
        var counts = new long[tables.Length];
        for (var i = 0; i < tables.Length; i++) counts[i] = await DatabaseText.CountAsync(Options, tables[i]);
        return counts;
    }
}
