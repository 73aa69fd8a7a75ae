using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.CaseFiles;

public sealed class CaseFileSessionTests
{
    private static Engine.Definitions.WorkflowDefinition Flow() =>
        new FlowBuilder("wf").Start().Task("besluit", formFields: """[{"name":"akkoord","type":"boolean","required":true}]""")
            .Add("toewijzing", "Test.IssueToewijzing").End()
            .Chain("start", "besluit", "toewijzing", "end").Build();

    [Fact]
    public async Task Resume_StepAddsDocumentAndQueuesMessage_BothStoredAfterCommit()
    {
        // Arrange
        using var host = new CaseworkHost();
        host.Registry.Add<IssueToewijzing>();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);

        // Act
        var result = await host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, "Gereed",
            new JsonObject { ["akkoord"] = true }, "op-1"));

        // Assert
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal("toewijzing", Assert.Single((await host.CaseFileAsync(opened.CaseFileId)).Documents).Kind);
        var message = Assert.Single(await host.Outbox.FindPendingAsync());
        Assert.Equal("iWmo.WMO301", message.Kind);
        Assert.Equal(opened.CaseFileId, message.CaseFileId);
    }

    [Fact]
    public async Task Resume_CommitFails_QueuesNoMessageAndAddsNoDocument()
    {
        // Arrange
        var flaky = new FlakyInstanceStore(new Engine.Stores.InMemoryWorkflowInstanceStore());
        using var host = new CaseworkHost(instanceStore: flaky);
        host.Registry.Add<IssueToewijzing>();
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);
        flaky.Fail = true;

        // Act: the step runs on every attempt, but no attempt is committed.
        await Assert.ThrowsAsync<Engine.Stores.ConcurrencyConflictException>(() => host.SendAsync(new CompleteTask.Command(TestUsers.Consulent,
            opened.Bookmarks[0].Id, "Gereed", new JsonObject { ["akkoord"] = true }, "op-1")));

        // Assert
        Assert.Empty((await host.CaseFileAsync(opened.CaseFileId)).Documents);
        Assert.Empty(await host.Outbox.FindPendingAsync());
    }
}
