using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Engine.Tests.Validation;

/// <summary>
/// What Elsa 3 imports and runs is a warning here and runs as in Elsa; what cannot run stays an error.
/// tests/fixtures/elsa3-oracle/warnings-only.json: Elsa 3.8 (elsa-oracle) prints "Eerst", "", "Laatst" and finishes.
/// </summary>
public sealed class ProblemSeverityTests
{
    private static string Oracle(string name) => Path.Combine(SharedPaths.RepositoryRoot, "tests", "fixtures", "elsa3-oracle", name);

    private static DefinitionValidator Validator() => new(Engine.Activities.ActivityRegistry.CreateWithCoreActivities());

    [Fact]
    public void Validate_HalfConfiguredNodesElsaRuns_OnlyWarnings()
    {
        var (_, problems) = Validator().Validate(File.ReadAllText(Oracle("warnings-only.json")));

        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Equal([("empty", "text"), ("fork", "branches"), ("stray", "activities[5]")], problems.Select(p => (p.ActivityId!, p.Path)).Order());
    }

    [Fact]
    public async Task Run_HalfConfiguredNodesElsaRuns_SameLinesAsElsa()
    {
        var t = new TestRuntime();
        var definition = WorkflowDefinitionReader.Parse(File.ReadAllText(Oracle("warnings-only.json")));

        var result = await t.StartAsync(definition);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal("Eerst\n\nLaatst\n", t.Output.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Validate_UnknownTypeAndBrokenConnection_StayErrors()
    {
        var flow = new FlowBuilder().Activity("x", "Acme.Unknown").WriteLine("a", "1").Connect("a", "ghost").Build();

        var problems = new DefinitionValidator(Engine.Activities.ActivityRegistry.CreateWithCoreActivities()).Validate(flow);

        Assert.Contains(problems, p => p is { ActivityId: "x", Path: "type", IsError: true });
        Assert.Contains(problems, p => p is { ActivityId: "a", IsError: true } && p.Message.Contains("ghost"));
    }
}
