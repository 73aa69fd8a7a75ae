using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities.Steps;
using RelatieWerkstroom.Casework.Steps;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>Every file in workflows/ validates with the real registry and carries its friction and discretion annotations.</summary>
public sealed class ReferenceWorkflowValidationTests
{
    public static TheoryData<string> Files => new(Directory.GetFiles(RepositoryPaths.Workflows, "*.json").Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_ReferenceWorkflow_NoProblemsAndEveryAnnotation(string file)
    {
        // Arrange: the real registry, and the service-step catalogue the definitions' request names are checked against.
        StepCatalogue.Default.AddFromAssemblies(typeof(ServiceStep).Assembly);
        var validator = new DefinitionValidator(CaseworkHost.CreateRegistry());

        // Act
        var (definition, problems) = validator.Validate(File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, file)));

        // Assert
        Assert.NotNull(definition);
        Assert.Empty(problems.Select(p => p.ToString()));
        Assert.Empty(ReferenceAnnotations.Problems(definition));
        Assert.True(definition.IsPublished);
    }

    [Fact]
    public void Problems_AnnotationsRemoved_ListsEachActivityAndDiscretionPoint()
    {
        // Arrange: RW-1 with one friction annotation gone, one incomplete, and a discretion point without default and basis.
        var document = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Workflow("rw1-wmo-maatwerkvoorziening")))!.AsObject();
        var activities = document["root"]!["activities"]!.AsArray().OfType<JsonObject>().ToDictionary(a => (string)a["id"]!);
        activities["KlokOnderzoek"]["customProperties"]!.AsObject().Remove("friction");
        activities["Verslag"]["customProperties"]!["friction"]!.AsObject().Remove("citizenMinutes");
        activities["DpTriage"].Remove("defaultOption");
        activities["DpSpoed"].Remove("legalBasis");

        // Act
        var problems = ReferenceAnnotations.Problems(WorkflowDefinitionReader.Parse(document.ToJsonString()));

        // Assert
        Assert.Equal(
        [
            "KlokOnderzoek: customProperties.friction is missing",
            "DpTriage: discretion point without defaultOption",
            "DpSpoed: discretion point without legalBasis",
            "Verslag: friction.citizenMinutes must be a number of minutes, 0 or more",
        ], problems);
    }
}
