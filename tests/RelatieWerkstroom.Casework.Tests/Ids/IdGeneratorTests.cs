using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelatieWerkstroom.Casework.Activities.Tasks;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Ids;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Engine.Validation;
using RelatieWerkstroom.Casework.Activities;

namespace RelatieWerkstroom.Casework.Tests.Ids;

/// <summary>Case file, instance, subject and clock ids come from the registered <see cref="IIdGenerator"/>: random in production, repeatable in a simulation.</summary>
public sealed class IdGeneratorTests
{
    private const string StartClock = """
    { "definitionId": "klok", "root": { "type": "Elsa.Flowchart", "id": "f",
        "activities": [ { "id": "k", "type": "RelatieWerkstroom.LegalClock",
          "action": { "typeName": "String", "expression": { "type": "Literal", "value": "start" } },
          "clock": { "typeName": "String", "expression": { "type": "Literal", "value": "beslistermijn" } },
          "term": { "typeName": "String", "expression": { "type": "Literal", "value": "8 weeks" } },
          "legalBasis": { "typeName": "String", "expression": { "type": "Literal", "value": "Awb 4:13" } } } ],
        "connections": [] } }
    """;

    [Fact]
    public void SeededIdGenerator_SameSeed_SameIdsInTheGivenFormat()
    {
        var a = new SeededIdGenerator(7);
        var b = new SeededIdGenerator(7);

        var ids = Enumerable.Range(0, 20).Select(_ => a.NewId("z-", 8)).ToList();

        Assert.Equal(ids, Enumerable.Range(0, 20).Select(_ => b.NewId("z-", 8)));
        Assert.Equal(20, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^z-[0-9a-f]{16}$", id));
        Assert.NotEqual(ids, Enumerable.Range(0, 20).Select(_ => new SeededIdGenerator(8).NewId("z-", 8)));
    }

    [Fact]
    public void RandomIdGenerator_Ids_AreDistinct()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => RandomIdGenerator.Instance.NewId("s-", 10)).ToList();

        Assert.Equal(100, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^s-[0-9a-f]{20}$", id));
    }

    [Fact]
    public async Task OpenCaseFile_SeededGenerator_SameCaseFileInstanceSubjectAndClockIdsEveryTime()
    {
        var first = await OpenAsync(seed: 3);
        var second = await OpenAsync(seed: 3);
        var other = await OpenAsync(seed: 4);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.StartsWith("z-", first.CaseFileId, StringComparison.Ordinal);
        Assert.StartsWith("s-", first.SubjectId, StringComparison.Ordinal);
    }

    private static async Task<(string CaseFileId, string InstanceId, string SubjectId, string ClockId)> OpenAsync(int seed)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var registry = CaseworkActivities.CreateRegistry();
        var definitions = new InMemoryWorkflowDefinitionStore();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IIdGenerator>(new SeededIdGenerator(seed));
        services.AddSingleton<IWorkflowDefinitionStore>(definitions);
        services.AddSingleton<IWorkflowInstanceStore>(new InMemoryWorkflowInstanceStore());
        services.AddCaseFiles();
        services.AddSingleton(sp => new WorkflowRuntime(registry, definitions, sp.GetRequiredService<IWorkflowInstanceStore>(), sp, clock, TextWriter.Null));
        services.AddSingleton<ServiceFactory>(sp => type => sp.GetService(type)!);
        services.AddSingleton<IMediator, Mediator>();
        await using var provider = services.BuildServiceProvider();
        await new DefinitionService(definitions, new DefinitionValidator(registry)).ImportAsync([("klok", WorkflowDefinitionReader.Parse(StartClock))]);

        var user = TestUsers.Consulent;
        var opened = await provider.GetRequiredService<IMediator>().Send(new OpenCaseFile.Command(
            "klok", user.Team, user, new OpenCaseFile.SubjectData("999990019", "Anouk Fictiefstra"), "Test"));

        var file = (await provider.GetRequiredService<ICaseFileStore>().FindAsync(opened.CaseFileId))!;
        return (opened.CaseFileId, opened.InstanceId, opened.SubjectId!, Assert.Single(file.Clocks).Id);
    }
}
