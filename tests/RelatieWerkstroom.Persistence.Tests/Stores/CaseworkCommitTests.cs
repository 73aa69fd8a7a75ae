using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.Activities;
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
            // SQLite cannot tell who waits for its write lock; give the commit time to reach it (the test holds either way).
            await Task.Delay(500);
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

    private async Task<long[]> CountAsync(string[] tables)
    {
        var counts = new long[tables.Length];
        for (var i = 0; i < tables.Length; i++) counts[i] = await DatabaseText.CountAsync(Options, tables[i]);
        return counts;
    }
}
