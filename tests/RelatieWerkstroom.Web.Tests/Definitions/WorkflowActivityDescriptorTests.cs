using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Definitions;

/// <summary>
/// A published workflow with options.usableAsActivity is an activity type in the designer's palette (Elsa's
/// WorkflowDefinitionActivity), with its inputs, outputs and outcomes, and a step of that type validates against it.
/// Fixtures: tests/fixtures/elsa3-oracle/wfa-beoordeling.json (child) and wfa-ouder-uitkomst.json (parent).
/// </summary>
public abstract class WorkflowActivityDescriptorTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_published_usable_workflow_is_in_the_palette_and_a_step_of_its_type_validates_until_it_names_an_unknown_one()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var child = Fixture("wfa-beoordeling.json");
        child["id"] = $"beoordeling-{suffix}-v1";
        child["definitionId"] = $"beoordeling-{suffix}";
        child["name"] = $"Beoordeling {suffix}";

        var before = await DescriptorAsync(designer, $"beoordeling-{suffix}");
        await designer.PostJsonAsync("/api/definitions/import", child);
        var draftOnly = await DescriptorAsync(designer, $"beoordeling-{suffix}");
        await designer.PostJsonAsync($"/api/definitions/beoordeling-{suffix}/publish");
        var descriptor = await DescriptorAsync(designer, $"beoordeling-{suffix}");
        var typeName = descriptor?["typeName"]!.GetValue<string>();

        Assert.Null(before);
        Assert.Null(draftOnly); // a draft is not an activity yet
        Assert.NotNull(descriptor);
        Assert.StartsWith("Beoordeling", typeName); // the name in PascalCase, as Elsa names the type
        Assert.Equal(("Workflows", $"Beoordeling {suffix}"), (descriptor["category"]!.GetValue<string>(), descriptor["displayName"]!.GetValue<string>()));
        Assert.Equal(["Naam:String", "Bedrag:Int32"], descriptor["inputs"]!.AsArray().Select(i => $"{i!["name"]}:{i["typeName"]}"));
        Assert.Equal(["Besluit"], descriptor["outputs"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
        Assert.Equal(["Toegekend", "Afgewezen", "Done"], descriptor["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal($"beoordeling-{suffix}", descriptor["workflow"]!["definitionId"]!.GetValue<string>());
        Assert.Equal($"beoordeling-{suffix}-v1", descriptor["workflow"]!["versionId"]!.GetValue<string>());

        var parent = Fixture("wfa-ouder-uitkomst.json");
        foreach (var step in parent["root"]!["activities"]!.AsArray().Where(a => a!["workflowDefinitionId"] is not null))
        {
            step!["type"] = typeName;
            step["workflowDefinitionId"] = $"beoordeling-{suffix}";
            step["workflowDefinitionVersionId"] = $"beoordeling-{suffix}-v1";
        }
        var clean = (await designer.PostJsonAsync("/api/definitions/validate", parent)).AsArray();
        parent["root"]!["activities"]![0]!["workflowDefinitionId"] = "bestaat-niet";
        var broken = (await designer.PostJsonAsync("/api/definitions/validate", parent)).AsArray();

        Assert.Empty(clean);
        var problem = Assert.Single(broken)!;
        Assert.Equal(("WorkflowActivityUnknown", "Error", "eerste"),
            (problem["code"]!.GetValue<string>(), problem["severity"]!.GetValue<string>(), problem["activityId"]!.GetValue<string>()));
        Assert.Equal("bestaat-niet", problem["parameters"]!["definitionId"]!.GetValue<string>());
    }

    private static async Task<JsonNode?> DescriptorAsync(ApiClient designer, string definitionId) =>
        (await designer.GetJsonAsync("/api/activity-descriptors")).AsArray()
            .SingleOrDefault(d => d!["workflow"] is JsonObject workflow && workflow["definitionId"]!.GetValue<string>() == definitionId);

    private static JsonObject Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "elsa3-oracle", name)))!.AsObject();
}

public sealed class WorkflowActivityDescriptorSqliteTests(SqliteHost fixture) : WorkflowActivityDescriptorTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class WorkflowActivityDescriptorPostgreSqlTests(PostgreSqlHost fixture) : WorkflowActivityDescriptorTests(fixture), IClassFixture<PostgreSqlHost>;
