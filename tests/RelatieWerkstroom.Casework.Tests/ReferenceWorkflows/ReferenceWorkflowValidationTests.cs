using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RelatieWerkstroom.Casework.Activities.Discretion;
using RelatieWerkstroom.Casework.Tests.Support;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Validation.Strict;

namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>
/// Every file in workflows/ passes strict validation with the real registry (what `werkstroom validate --strict` checks:
/// friction annotations, connected outcomes, paths that end, known sub-workflows) and keeps the conventions that
/// municipality settings and reports rely on.
/// </summary>
public sealed class ReferenceWorkflowValidationTests
{
    public static TheoryData<string> Files => new(ReferenceDefinitions.Files);

    private static readonly IReadOnlySet<string> DefinitionIds =
        ReferenceDefinitions.All().Select(d => d.DefinitionId).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Files))]
    public void ValidateStrict_ReferenceWorkflow_NoProblems(string file)
    {
        // Arrange
        var validator = new StrictValidator(ReferenceDefinitions.Registry());
        var definition = WorkflowDefinitionReader.Parse(ReferenceDefinitions.Text(file));

        // Act
        var problems = validator.Validate(definition, DefinitionIds);

        // Assert
        Assert.Empty(problems.Select(p => p.ToString()));
        Assert.True(definition.IsPublished);
    }

    [Fact]
    public void ValidateStrict_Rw1WithAnnotationsAndAnOutcomeRemoved_ListsEachActivity()
    {
        // Arrange: RW-1 with one friction annotation gone, one incomplete, and one option of a discretion point unconnected.
        var document = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Workflow("rw1-wmo-maatwerkvoorziening")))!.AsObject();
        var activities = document["root"]!["activities"]!.AsArray().OfType<JsonObject>().ToDictionary(a => (string)a["id"]!);
        activities["KlokOnderzoek"]["customProperties"]!.AsObject().Remove("friction");
        activities["Verslag"]["customProperties"]!["friction"]!.AsObject().Remove("citizenMinutes");
        var connections = document["root"]!["connections"]!.AsArray();
        var fromTriage = connections.OfType<JsonObject>().First(c => (string?)c["source"]!["activity"] == "DpTriage");
        var openOption = (string)fromTriage["source"]!["port"]!;
        connections.Remove(fromTriage);

        // Act
        var problems = new StrictValidator(ReferenceDefinitions.Registry())
            .Validate(WorkflowDefinitionReader.Parse(document.ToJsonString()), DefinitionIds).Select(p => p.ToString()).ToList();

        // Assert
        Assert.Contains("KlokOnderzoek: customProperties.friction: the friction annotation is missing; reports count this step as unannotated", problems);
        Assert.Contains("Verslag: customProperties.friction.citizenMinutes: citizenMinutes must be a number, 0 or more", problems);
        Assert.Contains(problems, p => p.StartsWith("DpTriage: connections: outcome '" + openOption + "'", StringComparison.Ordinal));
    }

    [Fact]
    public void DiscretionPoints_AllReferenceWorkflows_HaveASettingsKeyAndNameWhoDecides()
    {
        // Municipality settings (defaultOptions, checked against settings.schema.json) and reports refer to a discretion
        // point by its discretionId (RW1-DP10, RW5-B1); the same id may appear on several routes of one workflow.
        var points = ReferenceDefinitions.Compiled()
            .SelectMany(g => g.Nodes.Values.Select(n => (Workflow: g.Definition.DefinitionId, n.Id, Point: n.Activity as DiscretionPoint)))
            .Where(p => p.Point is not null)
            .ToList();

        Assert.NotEmpty(points);
        Assert.All(points, p =>
        {
            Assert.Matches(new Regex("^RW[0-9]-(DP[0-9]+|B[0-9]+)$"), p.Point!.DiscretionId.Constant ?? "");
            Assert.True(p.Point.Roles.IsSet, $"{p.Workflow}: {p.Id} names no role that may decide");
        });
    }
}
