using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Validation;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Worklist;

/// <summary>A refused completion or decision must leave instance version, journal and case file exactly as they were.</summary>
public sealed class CompleteTaskTests
{
    private static Engine.Definitions.WorkflowDefinition Flow() =>
        new FlowBuilder("wf").Start()
            .Task("verslag", title: "Verslag", formFields: """[{"name":"datumGesprek","type":"date","required":true}]""")
            .Discretion("dp10").End("klaar")
            .Chain("start", "verslag", "dp10").Connect("dp10", "klaar", "toekennen").Connect("dp10", "klaar", "afwijzen")
            .Build();

    private static async Task<(long Version, int Journal, long CaseVersion)> StateAsync(CaseworkHost host, Opened opened) =>
        ((await host.InstanceAsync(opened.InstanceId)).Version, (await host.JournalAsync()).Count, (await host.CaseFileAsync(opened.CaseFileId)).Version);

    private sealed record Opened(string CaseFileId, string InstanceId);

    private static async Task<(CaseworkHost Host, Opened Opened, string TaskId)> ArrangeAsync()
    {
        var host = new CaseworkHost();
        var result = await host.OpenAsync(Flow(), TestUsers.Consulent);
        return (host, new Opened(result.CaseFileId, result.InstanceId), result.Bookmarks[0].Id);
    }

    [Fact]
    public async Task Complete_WrongRole_IsRefusedAndChangesNothing()
    {
        // Arrange
        var (host, opened, taskId) = await ArrangeAsync();
        using var _ = host;
        var before = await StateAsync(host, opened);

        // Act
        var ex = await Assert.ThrowsAsync<ResumeRejectedException>(() => host.SendAsync(
            new CompleteTask.Command(TestUsers.Jurist, taskId, "Gereed", new JsonObject { ["datumGesprek"] = "2026-03-03" }, "op-1")));

        // Assert
        Assert.Equal("Rol 'jurist' mag deze taak niet afronden; vereist: consulent (role not allowed)", ex.Message);
        Assert.Equal(before, await StateAsync(host, opened));
    }

    [Fact]
    public async Task Complete_MissingRequiredField_IsRefusedAndChangesNothing()
    {
        // Arrange
        var (host, opened, taskId) = await ArrangeAsync();
        using var _ = host;
        var before = await StateAsync(host, opened);

        // Act
        var ex = await Assert.ThrowsAsync<ResumeRejectedException>(() => host.SendAsync(
            new CompleteTask.Command(TestUsers.Consulent, taskId, "Gereed", new JsonObject(), "op-1")));

        // Assert
        Assert.Equal("Verplicht veld 'datumGesprek' ontbreekt (required field missing)", ex.Message);
        Assert.Equal(before, await StateAsync(host, opened));
        Assert.Null(await host.Instances.FindOperationAsync("op-1"));
    }

    [Fact]
    public async Task Decide_DeviationWithoutReason_IsRefusedAndChangesNothing()
    {
        // Arrange
        var (host, opened, taskId) = await ArrangeAsync();
        using var _ = host;
        var result = await host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, taskId, "Gereed", new JsonObject { ["datumGesprek"] = "2026-03-03" }, "op-1"));
        var pointId = Assert.Single(result.Bookmarks).Id;
        var before = await StateAsync(host, opened);

        // Act
        var ex = await Assert.ThrowsAsync<ResumeRejectedException>(() =>
            host.SendAsync(new DecideDiscretionPoint.Command(TestUsers.Consulent, pointId, "afwijzen", null, "op-2")));

        // Assert
        Assert.Contains("Motivering verplicht", ex.Message);
        Assert.Equal(before, await StateAsync(host, opened));
        Assert.Empty((await host.CaseFileAsync(opened.CaseFileId)).Decisions);
    }

    [Fact]
    public async Task Complete_OtherTeam_IsForbiddenBeforeTheWorkflowIsTouched()
    {
        // Arrange
        var (host, opened, taskId) = await ArrangeAsync();
        using var _ = host;
        var before = await StateAsync(host, opened);

        // Act
        var ex = await Assert.ThrowsAsync<CaseworkRefusedException>(() => host.SendAsync(
            new CompleteTask.Command(TestUsers.OtherTeam, taskId, "Gereed", new JsonObject { ["datumGesprek"] = "2026-03-03" }, "op-1")));

        // Assert
        Assert.Equal(RefusalKind.Forbidden, ex.Kind);
        Assert.Equal(before, await StateAsync(host, opened));
    }

    [Fact]
    public async Task Complete_SameOperationTwice_CompletesOnce()
    {
        // Arrange
        var (host, opened, taskId) = await ArrangeAsync();
        using var _ = host;
        var command = new CompleteTask.Command(TestUsers.Consulent, taskId, "Gereed", new JsonObject { ["datumGesprek"] = "2026-03-03" }, "op-1");

        // Act
        var first = await host.SendAsync(command);
        var second = await host.SendAsync(command);

        // Assert
        Assert.False(first.Replayed);
        Assert.True(second.Replayed);
        Assert.Single(await host.JournalAsync(opened.InstanceId), e => e.Kind == CaseworkEvents.TaskCompleted);
        Assert.Single((await host.CaseFileAsync(opened.CaseFileId)).Forms);
    }

    [Fact]
    public async Task Complete_DiscretionPointAsTask_IsRefusedWithTheRightCommandToUse()
    {
        // Arrange
        var (host, opened, taskId) = await ArrangeAsync();
        using var _ = host;
        var result = await host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, taskId, "Gereed", new JsonObject { ["datumGesprek"] = "2026-03-03" }, "op-1"));

        // Act
        var ex = await Assert.ThrowsAsync<CaseworkRefusedException>(() =>
            host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, result.Bookmarks[0].Id, "toekennen", null, "op-2")));

        // Assert
        Assert.Equal(RefusalKind.Conflict, ex.Kind);
        Assert.Contains("beslismoment", ex.Message);
    }

    [Fact]
    public async Task Complete_MissingOperationId_IsRefusedByValidation()
    {
        // Arrange
        var (host, _, taskId) = await ArrangeAsync();
        using var __ = host;

        // Act
        var ex = await Assert.ThrowsAsync<CommandValidationException>(() => host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, taskId, "", null, "")));

        // Assert
        Assert.Equal(["action", "operationId"], ex.Problems.Select(p => p.Property));
    }
}
