using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Casework.Worklist;

namespace RelatieWerkstroom.Casework.Tests.CaseFiles;

public sealed class CaseFileCommandsTests
{
    private static Engine.Definitions.WorkflowDefinition Flow() =>
        new FlowBuilder("wmo").Start().Task("t").End().Chain("start", "t", "end").Build();

    [Fact]
    public async Task AddNote_ByTeamMember_StoresTextAndLogsOnlyItsLength()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);

        // Act
        var note = await host.SendAsync(new AddNote.Command(TestUsers.Consulent2, opened.CaseFileId, "Dochter helpt twee keer per week"));

        // Assert
        var file = await host.CaseFileAsync(opened.CaseFileId);
        Assert.Equal("Dochter helpt twee keer per week", Assert.Single(file.Notes).Text);
        var logged = file.Events.Last();
        Assert.Equal(CaseEventKinds.NoteAdded, logged.Kind);
        Assert.Equal("u-bram", logged.Actor);
        Assert.Equal(note.Text.Length, (int)logged.Details!["length"]!);
        Assert.DoesNotContain("Dochter", logged.Details.ToJsonString());
    }

    [Fact]
    public async Task AddNote_OtherTeam_IsForbiddenAndChangesNothing()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);
        var before = await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId);

        // Act
        var ex = await Assert.ThrowsAsync<CaseworkRefusedException>(() => host.SendAsync(new AddNote.Command(TestUsers.OtherTeam, opened.CaseFileId, "notitie")));

        // Assert
        Assert.Equal(RefusalKind.Forbidden, ex.Kind);
        Assert.Contains("hoort bij team 'wijkteam-noord'", ex.Message);
        Assert.Equal(before, await host.SnapshotAsync(opened.CaseFileId, opened.InstanceId));
    }

    [Fact]
    public async Task AddNote_Empty_IsRefusedByValidation()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);

        // Act
        var ex = await Assert.ThrowsAsync<CommandValidationException>(() => host.SendAsync(new AddNote.Command(TestUsers.Consulent, opened.CaseFileId, " ")));

        // Assert
        Assert.Equal("text", Assert.Single(ex.Problems).Property);
    }

    [Fact]
    public async Task AddDocument_UnknownContentType_IsRefused()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);

        // Act
        var ex = await Assert.ThrowsAsync<CommandValidationException>(() =>
            host.SendAsync(new AddDocument.Command(TestUsers.Consulent, opened.CaseFileId, "verslag", "Verslag", "x", "application/x-msdownload")));
        var document = await host.SendAsync(new AddDocument.Command(TestUsers.Consulent, opened.CaseFileId, "onderzoeksverslag", "Verslag", "# Verslag", "text/markdown"));

        // Assert
        Assert.Equal("contentType", Assert.Single(ex.Problems).Property);
        Assert.Equal(document.Id, Assert.Single((await host.CaseFileAsync(opened.CaseFileId)).Documents).Id);
    }

    [Fact]
    public async Task Assign_ToColleagueByConsulent_IsForbiddenButTeamleiderMay()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);

        // Act
        var ex = await Assert.ThrowsAsync<CaseworkRefusedException>(() =>
            host.SendAsync(new AssignCaseFile.Command(TestUsers.Consulent, opened.CaseFileId, "u-bram")));
        var self = await host.SendAsync(new AssignCaseFile.Command(TestUsers.Consulent, opened.CaseFileId, "u-anna"));
        var moved = await host.SendAsync(new AssignCaseFile.Command(TestUsers.Teamleider, opened.CaseFileId, null, "wijkteam-zuid"));

        // Assert
        Assert.Equal(RefusalKind.Forbidden, ex.Kind);
        Assert.Equal("u-anna", self.Assignee);
        Assert.Equal("wijkteam-zuid", moved.Team);
        Assert.Null(moved.Assignee);
        await Assert.ThrowsAsync<CaseworkRefusedException>(() => host.SendAsync(new GetCaseFile.Query(TestUsers.Consulent, opened.CaseFileId)));
        Assert.Equal(opened.CaseFileId, (await host.SendAsync(new GetCaseFile.Query(TestUsers.OtherTeam, opened.CaseFileId))).Id);
    }

    [Fact]
    public async Task Close_WhileWorkflowRuns_IsRefusedAndAfterwardsCloses()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);

        // Act
        var ex = await Assert.ThrowsAsync<CaseworkRefusedException>(() => host.SendAsync(new CloseCaseFile.Command(TestUsers.Consulent, opened.CaseFileId)));
        await host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, "Gereed", null, "op-1"));
        var closed = await host.SendAsync(new CloseCaseFile.Command(TestUsers.Consulent, opened.CaseFileId));
        var noteOnClosed = await Assert.ThrowsAsync<CaseworkRefusedException>(() => host.SendAsync(new AddNote.Command(TestUsers.Consulent, opened.CaseFileId, "x")));

        // Assert
        Assert.Equal(RefusalKind.Conflict, ex.Kind);
        Assert.Contains("loopt nog", ex.Message);
        Assert.Equal(CaseFileStatus.Closed, closed.Status);
        Assert.Equal(host.Clock.GetUtcNow(), closed.ClosedAt);
        Assert.Contains("gesloten", noteOnClosed.Message);
    }

    [Fact]
    public async Task GetCaseSubject_TeamMember_SeesPersonalDataOtherTeamDoesNot()
    {
        // Arrange
        using var host = new CaseworkHost();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent, "111222333", "Johanna Jansen");

        // Act
        var subject = await host.SendAsync(new GetCaseSubject.Query(TestUsers.Consulent2, opened.CaseFileId));
        var ex = await Assert.ThrowsAsync<CaseworkRefusedException>(() => host.SendAsync(new GetCaseSubject.Query(TestUsers.OtherTeam, opened.CaseFileId)));

        // Assert
        Assert.Equal("Johanna Jansen", subject.Name);
        Assert.Equal(RefusalKind.Forbidden, ex.Kind);
    }
}
