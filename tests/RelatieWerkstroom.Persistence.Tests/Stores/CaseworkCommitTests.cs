using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Persistence.Tests.Support;

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
        Assert.Contains(await services.JournalAsync(opened.InstanceId), e => e.Kind == CaseworkJournalEvents.TaskCompleted);
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
        Assert.DoesNotContain(await services.JournalAsync(), e => e.Kind == CaseworkJournalEvents.TaskCompleted);
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

    private Task<CaseworkServices> OpenAsync(params Type[] activities) => CaseworkServices.OpenAsync(Options, _clock, activities);

    private async Task<long[]> CountAsync(string[] tables)
    {
        var counts = new long[tables.Length];
        for (var i = 0; i < tables.Length; i++) counts[i] = await DatabaseText.CountAsync(Options, tables[i]);
        return counts;
    }
}
