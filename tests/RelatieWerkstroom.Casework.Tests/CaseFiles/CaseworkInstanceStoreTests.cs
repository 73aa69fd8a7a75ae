using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Casework.Tests.CaseFiles;

public sealed class CaseworkInstanceStoreTests
{
    private static Engine.Definitions.WorkflowDefinition Flow() =>
        new FlowBuilder("wf").Start().Task("t", formFields: """[{"name":"uren","type":"number","required":true}]""")
            .Clock("c", "start", term: "2 weeks").Task("t2").End()
            .Chain("start", "t", "c", "t2", "end").Build();

    [Fact]
    public async Task Resume_CommitKeepsFailing_CaseFileKeepsNoFormValuesOrClock()
    {
        // Arrange: a store that loses every commit race once armed.
        var flaky = new FlakyInstanceStore(new InMemoryWorkflowInstanceStore());
        using var host = new CaseworkHost(instanceStore: flaky);
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);
        flaky.Fail = true;
        var attemptsBefore = flaky.Attempts;

        // Act
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => host.SendAsync(
            new CompleteTask.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, "Gereed", new JsonObject { ["uren"] = 3 }, "op-1")));

        // Assert: the activity ran on every attempt, yet nothing reached the case file.
        Assert.True(flaky.Attempts - attemptsBefore > 1);
        var file = await host.CaseFileAsync(opened.CaseFileId);
        Assert.Empty(file.Forms);
        Assert.Empty(file.Clocks);
        Assert.Equal(1, file.Version);
    }

    [Fact]
    public async Task Resume_AfterCommit_StoresFormValuesAndClockTogether()
    {
        // Arrange
        var flaky = new FlakyInstanceStore(new InMemoryWorkflowInstanceStore());
        using var host = new CaseworkHost(instanceStore: flaky);
        var opened = await host.OpenAsync(Flow(), TestUsers.Consulent);

        // Act
        await host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, opened.Bookmarks[0].Id, "Gereed", new JsonObject { ["uren"] = 3 }, "op-1"));

        // Assert: one case-file version for the whole burst.
        var file = await host.CaseFileAsync(opened.CaseFileId);
        Assert.Single(file.Forms);
        Assert.Single(file.Clocks);
        Assert.Equal(2, file.Version);
    }

    [Fact]
    public async Task Run_StoreNotWrapped_ActivityFaultsAndSaysHowToFixIt()
    {
        // Arrange: the engine store is registered after AddCaseFiles, so it is not wrapped.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var definitions = new InMemoryWorkflowDefinitionStore();
        var services = new ServiceCollection().AddCaseFiles();
        services.AddSingleton<IWorkflowInstanceStore>(new InMemoryWorkflowInstanceStore());
        await using var provider = services.BuildServiceProvider();
        var registry = CaseworkHost.CreateRegistry();
        var runtime = new WorkflowRuntime(registry, definitions, provider.GetRequiredService<IWorkflowInstanceStore>(), provider, clock, TextWriter.Null);
        var caseFiles = provider.GetRequiredService<ICaseFileStore>();
        await caseFiles.AddAsync(new CaseFile { Id = "z-1", Zaaktype = "wf", Team = "t" });
        var definition = new FlowBuilder("wf").Start().Clock("c", "start", term: "2 weeks").End().Chain("start", "c", "end").Build();
        await new Engine.Definitions.DefinitionService(definitions, new Engine.Validation.DefinitionValidator(registry)).ImportAsync([("wf", definition)]);

        // Act
        var result = await runtime.StartAsync("wf", new StartOptions(CorrelationId: "z-1"));

        // Assert
        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Contains("is not a CaseworkInstanceStore", result.Incident!.Message);
    }
}
