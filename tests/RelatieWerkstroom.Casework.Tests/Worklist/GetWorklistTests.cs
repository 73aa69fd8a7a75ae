using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Worklist;

namespace RelatieWerkstroom.Casework.Tests.Worklist;

public sealed class GetWorklistTests
{
    [Fact]
    public async Task Worklist_ThreeCases_SortedByEarliestDeadlineThenUndated()
    {
        // Arrange: opened on Monday 2 March 2026.
        using var host = new CaseworkHost();
        var undated = await host.OpenAsync(new FlowBuilder("a").Start().Task("t", title: "Zonder termijn").End().Chain("start", "t", "end").Build(), TestUsers.Consulent);
        var statutory = await host.OpenAsync(new FlowBuilder("b").Start().Clock("c", "start", term: "8 weeks").Task("t", title: "Beschikking").End()
            .Chain("start", "c", "t", "end").Build(), TestUsers.Consulent);
        var internalNorm = await host.OpenAsync(new FlowBuilder("c").Start().Task("t", title: "Ontvangst bevestigen", dueInWorkingDays: 2).End()
            .Chain("start", "t", "end").Build(), TestUsers.Consulent);

        // Act
        var items = await host.SendAsync(new GetWorklist.Query(TestUsers.Consulent));

        // Assert: due Wednesday 4 March; statutory 27 April is Koningsdag, so 28 April; then the undated task.
        Assert.Equal([internalNorm.CaseFileId, statutory.CaseFileId, undated.CaseFileId], items.Select(i => i.CaseFileId));
        Assert.Equal(new DateOnly(2026, 3, 4), items[0].Deadline);
        Assert.Equal(new DateOnly(2026, 3, 4), items[0].DueDate);
        Assert.Equal(new DateOnly(2026, 4, 28), items[1].Deadline);
        Assert.Equal("beslistermijn", items[1].ClockName);
        Assert.Null(items[2].Deadline);
        Assert.Equal("Beschikking", items[1].Title);
        Assert.Equal(["Gereed"], items[1].Choices);
    }

    [Fact]
    public async Task Worklist_TaskDueAfterStatutoryDeadline_UsesTheStatutoryDeadline()
    {
        // Arrange: a 1-week term (Monday 9 March) and a task due in 10 working days (Monday 16 March).
        using var host = new CaseworkHost();
        await host.OpenAsync(new FlowBuilder("a").Start().Clock("c", "start", term: "1 week").Task("t", dueInWorkingDays: 10).End()
            .Chain("start", "c", "t", "end").Build(), TestUsers.Consulent);

        // Act
        var item = Assert.Single(await host.SendAsync(new GetWorklist.Query(TestUsers.Consulent)));

        // Assert
        Assert.Equal(new DateOnly(2026, 3, 16), item.DueDate);
        Assert.Equal(new DateOnly(2026, 3, 9), item.ClockDeadline);
        Assert.Equal(new DateOnly(2026, 3, 9), item.Deadline);
    }

    [Fact]
    public async Task Worklist_OtherTeamsCases_AreNotShown()
    {
        // Arrange
        using var host = new CaseworkHost();
        var flow = new FlowBuilder("a").Start().Task("t").End().Chain("start", "t", "end").Build();
        var noord = await host.OpenAsync(flow, TestUsers.Consulent);
        var zuid = await host.OpenAsync(flow, TestUsers.OtherTeam);

        // Act
        var forNoord = await host.SendAsync(new GetWorklist.Query(TestUsers.Consulent));
        var forZuid = await host.SendAsync(new GetWorklist.Query(TestUsers.OtherTeam));

        // Assert
        Assert.Equal([noord.CaseFileId], forNoord.Select(i => i.CaseFileId));
        Assert.Equal([zuid.CaseFileId], forZuid.Select(i => i.CaseFileId));
    }

    [Fact]
    public async Task Worklist_RoleFilters_ShowOnlyWorkTheUserMayDoUnlessAllRoles()
    {
        // Arrange
        using var host = new CaseworkHost();
        await host.OpenAsync(new FlowBuilder("wf").Start().Task("bezwaar", title: "Bezwaar beoordelen", role: "jurist")
            .Discretion("dp", roles: ["teamleider"]).Task("gesprek", title: "Gesprek")
            .Connect("start", "bezwaar").Connect("start", "dp").Connect("start", "gesprek").Build(), TestUsers.Consulent);

        // Act
        var consulent = await host.SendAsync(new GetWorklist.Query(TestUsers.Consulent));
        var teamleider = await host.SendAsync(new GetWorklist.Query(TestUsers.Teamleider));
        var onlyTeamleiderRole = await host.SendAsync(new GetWorklist.Query(TestUsers.Teamleider, Role: "teamleider"));
        var overview = await host.SendAsync(new GetWorklist.Query(TestUsers.Consulent, AllRoles: true));

        // Assert
        Assert.Equal(["Gesprek"], consulent.Select(i => i.Title));
        Assert.Equal(["Gesprek", "Maatwerkvoorziening toekennen?"], teamleider.Select(i => i.Title).Order());
        var point = Assert.Single(onlyTeamleiderRole);
        Assert.Equal(CaseworkBookmarkKinds.DiscretionPoint, point.Kind);
        Assert.Equal(["toekennen", "afwijzen"], point.Choices);
        Assert.Equal("toekennen", point.DefaultOption);
        Assert.Equal(3, overview.Count);
    }

    [Fact]
    public async Task Worklist_AssigneeFilter_ShowsClaimedAndPreassignedWork()
    {
        // Arrange
        using var host = new CaseworkHost();
        var flow = new FlowBuilder("wf").Start().Task("a", title: "Voor Bram", assignee: "u-bram").Task("b", title: "Vrij").Task("c", title: "Geclaimd")
            .Connect("start", "a").Connect("start", "b").Connect("start", "c").Build();
        var opened = await host.OpenAsync(flow, TestUsers.Consulent);
        var claimed = opened.Bookmarks.Single(b => b.ActivityId == "c").Id;
        await host.SendAsync(new ClaimTask.Command(TestUsers.Consulent2, claimed));

        // Act
        var bram = await host.SendAsync(new GetWorklist.Query(TestUsers.Consulent2, Assignee: "u-bram"));
        var all = await host.SendAsync(new GetWorklist.Query(TestUsers.Consulent));

        // Assert
        Assert.Equal(["Geclaimd", "Voor Bram"], bram.Select(i => i.Title).Order());
        Assert.Null(all.Single(i => i.Title == "Vrij").AssignedTo);
        Assert.Equal("u-bram", all.Single(i => i.Title == "Geclaimd").AssignedTo);
        Assert.Equal(host.Clock.GetUtcNow(), all.Single(i => i.Title == "Geclaimd").ClaimedAt);
    }
}
