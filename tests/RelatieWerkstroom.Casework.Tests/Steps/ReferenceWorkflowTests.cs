using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Extensions;
using RelatieWerkstroom.Casework.Steps;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Casework.Tests.Steps;

public sealed class ReferenceWorkflowTests
{
    private static readonly string WorkflowsDirectory = FindWorkflows();

    public static TheoryData<string> Workflows => [.. Directory.GetFiles(WorkflowsDirectory, "*.json").Select(Path.GetFileName).OfType<string>().Order()];

    private static string FindWorkflows()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "workflows")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
                return Path.Combine(dir.FullName, "workflows");
        throw new DirectoryNotFoundException("no workflows directory above the test output");
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void ReferenceWorkflow_EveryServiceStep_NamesAKnownRequestWhoseInputsFit(string file)
    {
        // Arrange: AddCasework fills the catalogue that ServiceStep validates request names and inputs against.
        using var provider = new ServiceCollection().AddCasework().BuildServiceProvider();
        var catalogue = provider.GetRequiredService<StepCatalogue>();
        var definition = WorkflowDefinitionReader.Parse(File.ReadAllText(Path.Combine(WorkflowsDirectory, file)));
        var steps = definition.Activities.Where(a => a.Type == "RelatieWerkstroom.ServiceStep").ToList();

        // Act
        var problems = new DefinitionValidator(CaseworkHost.CreateRegistry()).Validate(definition);

        // Assert
        Assert.NotEmpty(steps);
        Assert.All(steps, step => Assert.True(catalogue.TryFind(step.Input("request")!.Text!, out _), $"{file}: {step.Id} sends an unknown request"));
        var stepIds = steps.Select(s => s.Id).ToHashSet();
        Assert.Empty(problems.Where(p => p.ActivityId is not null && stepIds.Contains(p.ActivityId)).Select(p => p.ToString()));
    }
}
