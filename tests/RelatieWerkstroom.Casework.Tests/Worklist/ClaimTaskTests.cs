using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Worklist;

public sealed class ClaimTaskTests
{
    private static Engine.Definitions.WorkflowDefinition Flow() =>
        new FlowBuilder("wf").Start().Task("t", extraRoles: ["teamleider"]).End().Chain("start", "t", "end").Build();

    [Fact]
    public async Task Claim_ByConsulent_IsRecordedWithUserAndTimeOnTheCaseFile()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);
        var bookmarkId = opened.Bookmarks[0].Id;

        // Act
        var claim = await host.SendAsync(new ClaimTask.Command(TestUsers.Consulent, bookmarkId));

        // Assert
        var file = await host.CaseFileAsync(opened.CaseFileId);
        Assert.Equal(claim, file.ClaimOf(bookmarkId));
        Assert.Equal("u-anna", claim.ClaimedBy);
        var logged = file.Events.Last();
        Assert.Equal(CaseEventKinds.TaskClaimed, logged.Kind);
        Assert.Equal("u-anna", logged.Actor);
        Assert.Equal(bookmarkId, logged.BookmarkId);
        Assert.Equal(host.Clock.GetUtcNow(), logged.At);
    }

    [Fact]
    public async Task Claim_AlreadyHeldByColleague_IsRefusedAsConflict()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);
        var bookmarkId = opened.Bookmarks[0].Id;
        await host.SendAsync(new ClaimTask.Command(TestUsers.Consulent, bookmarkId));
        var before = await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId);

        // Act
        var ex = await Assert.ThrowsAsync<CaseworkRefusedException>(() => host.SendAsync(new ClaimTask.Command(TestUsers.Consulent2, bookmarkId)));
        var again = await host.SendAsync(new ClaimTask.Command(TestUsers.Consulent, bookmarkId));

        // Assert
        Assert.Equal(RefusalKind.Conflict, ex.Kind);
        Assert.Contains("al in behandeling bij 'u-anna'", ex.Message);
        Assert.Equal("u-anna", again.ClaimedBy);
        Assert.Equal(before, await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId));
    }

    [Fact]
    public async Task Claim_WithoutTheRole_IsForbidden()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);

        // Act
        var ex = await Assert.ThrowsAsync<CaseworkRefusedException>(() => host.SendAsync(new ClaimTask.Command(TestUsers.Jurist, opened.Bookmarks[0].Id)));

        // Assert
        Assert.Equal(RefusalKind.Forbidden, ex.Kind);
        Assert.Contains("vereist: consulent of teamleider", ex.Message);
    }

    [Fact]
    public async Task Release_ByHolder_FreesTaskAndIsRecorded()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);
        var bookmarkId = opened.Bookmarks[0].Id;
        await host.SendAsync(new ClaimTask.Command(TestUsers.Consulent, bookmarkId));
        host.Clock.Advance(TimeSpan.FromHours(2));

        // Act
        await host.SendAsync(new ReleaseTask.Command(TestUsers.Consulent, bookmarkId));
        var claimByColleague = await host.SendAsync(new ClaimTask.Command(TestUsers.Consulent2, bookmarkId));

        // Assert
        var file = await host.CaseFileAsync(opened.CaseFileId);
        Assert.Equal([CaseEventKinds.CaseOpened, CaseEventKinds.TaskClaimed, CaseEventKinds.TaskReleased, CaseEventKinds.TaskClaimed],
            file.Events.Select(e => e.Kind));
        Assert.Equal(["u-anna", "u-anna", "u-anna", "u-bram"], file.Events.Select(e => e.Actor));
        Assert.Equal("u-bram", claimByColleague.ClaimedBy);
    }

    [Fact]
    public async Task Release_SomeoneElsesTask_OnlyTeamleiderMay()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);
        var bookmarkId = opened.Bookmarks[0].Id;
        await host.SendAsync(new ClaimTask.Command(TestUsers.Consulent, bookmarkId));

        // Act
        var ex = await Assert.ThrowsAsync<CaseworkRefusedException>(() => host.SendAsync(new ReleaseTask.Command(TestUsers.Consulent2, bookmarkId)));
        var released = await host.SendAsync(new ReleaseTask.Command(TestUsers.Teamleider, bookmarkId));

        // Assert
        Assert.Equal(RefusalKind.Forbidden, ex.Kind);
        Assert.Null(released.ClaimedBy);
        Assert.Equal("u-carla", released.By);
    }

    [Fact]
    public async Task Release_PreassignedTask_LetsAColleagueComplete()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(new FlowBuilder("wf").Start().Task("t", assignee: "u-bram").End().Chain("start", "t", "end").Build(), TestUsers.Consulent);
        var bookmarkId = opened.Bookmarks[0].Id;

        // Act
        await host.SendAsync(new ReleaseTask.Command(TestUsers.Consulent2, bookmarkId));
        var result = await host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, bookmarkId, "Gereed", null, "op-1"));

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
    }

    [Fact]
    public async Task Complete_ClaimedTask_JournalsWhoHadClaimedItAndClearsTheClaim()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);
        var bookmarkId = opened.Bookmarks[0].Id;
        await host.SendAsync(new ClaimTask.Command(TestUsers.Consulent, bookmarkId));

        // Act
        await host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, bookmarkId, "Gereed", null, "op-1"));

        // Assert
        var completed = (await host.JournalAsync(opened.InstanceId)).Single(e => e.Kind == CaseworkEvents.TaskCompleted);
        Assert.Equal("u-anna", (string?)JsonNode.Parse(completed.PayloadJson!)!["claimedBy"]);
        var file = await host.CaseFileAsync(opened.CaseFileId);
        Assert.Empty(file.Claims);
        Assert.Equal(CaseEventKinds.TaskCompleted, file.Events.Last().Kind);
    }
}
