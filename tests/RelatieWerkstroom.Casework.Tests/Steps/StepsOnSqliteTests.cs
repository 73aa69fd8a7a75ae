using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Documents;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;

namespace RelatieWerkstroom.Casework.Tests.Steps;

public sealed class StepsOnSqliteTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rw-steps-").FullName;

    private async Task<ServiceProvider> OpenAsync(FakeTimeProvider clock)
    {
        var registry = CaseworkHost.CreateRegistry();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddPersistence(PersistenceOptions.ForSqliteFile(Path.Combine(_directory, "werkstroom.db")));
        services.AddCaseworkPersistence();
        services.AddCaseFiles();
        services.AddMunicipalitySettings(StepScenario.Settings());
        services.AddCasework();
        services.AddSingleton(sp => new WorkflowRuntime(registry, sp.GetRequiredService<IWorkflowDefinitionStore>(),
            sp.GetRequiredService<IWorkflowInstanceStore>(), sp, clock, TextWriter.Null));
        services.AddSingleton(new DefinitionValidator(registry));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.InitializePersistenceAsync();
        return provider;
    }

    [Fact]
    public async Task StepArtefacts_OnSqlite_AreStoredWithTheCommitAndReadBackAfterARestart()
    {
        // Arrange
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var flow = new FlowBuilder("wmo-maatwerkvoorziening").Start()
            .Step("besluit", "DraftBeschikking", """{"decision":"toekennen","legalBasis":"Wmo 2015 art. 2.3.5 lid 3"}""")
            .Step("toewijzing", "SendToewijzing", """{"standard":"iWmo","bericht":"WMO301"}""")
            .End().Chain("start", "besluit", "toewijzing", "end").Build();
        string caseFileId;
        await using (var first = await OpenAsync(clock))
        {
            var definitions = new DefinitionService(first.GetRequiredService<IWorkflowDefinitionStore>(), first.GetRequiredService<DefinitionValidator>());
            await definitions.ImportAsync([(flow.DefinitionId, flow)]);

            // Act
            var opened = await first.GetRequiredService<IMediator>().Send(new OpenCaseFile.Command("wmo-maatwerkvoorziening", TestUsers.Consulent.Team,
                TestUsers.Consulent, new OpenCaseFile.SubjectData(StepScenario.Bsn, StepScenario.Name), "Huishoudelijke hulp"));
            Assert.Equal(WorkflowStatus.Finished, opened.Status);
            caseFileId = opened.CaseFileId;
        }

        // Assert: a new process over the same file sees the beschikking, its decision fact and the queued WMO301.
        await using var second = await OpenAsync(clock);
        var file = (await second.GetRequiredService<ICaseFileStore>().FindAsync(caseFileId))!;
        var beschikking = Assert.Single(file.Documents, d => d.Kind == DocumentKinds.Beschikking);
        Assert.Contains("uiterlijk op maandag 13 april 2026", beschikking.Content);
        var decision = DecisionFact.Latest(file, "wmo-maatwerkvoorziening")!;
        Assert.Equal(("toekennen", true, new DateOnly(2026, 3, 2)), (decision.Option, decision.Grants, decision.Ingangsdatum!.Value));
        var message = Assert.Single(await second.GetRequiredService<IOutbox>().FindByCaseFileAsync(caseFileId));
        var wmo301 = MessageJson.Deserialize<ToewijzingBericht>(message.Payload);
        Assert.Equal(file.SubjectId, wmo301.ClientReferentie);
        Assert.Equal(decision.DecisionId, MessageFact.LatestToewijzing(file)!.Text("decisionId"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
