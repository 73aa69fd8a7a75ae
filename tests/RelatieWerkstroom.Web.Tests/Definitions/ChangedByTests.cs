using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Definitions;

/// <summary>The workflow list and the versions say who changed each version: saving, publishing and importing record the designer.</summary>
public abstract class ChangedByTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task Saving_and_publishing_a_draft_record_the_designer_in_the_list_and_the_versions()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var id = "wie-" + Guid.NewGuid().ToString("N")[..8];
        var definition = (await designer.GetJsonAsync($"/api/definitions/{Cases.WmoWorkflow}")).AsObject();
        definition["id"] = id + "-v1";
        definition["definitionId"] = id;
        definition["name"] = "Wie wijzigde " + id;

        var imported = await designer.PostJsonAsync("/api/definitions/import", definition);
        var afterImport = await VersionsAsync(designer, id);
        await designer.PostJsonAsync($"/api/definitions/{id}/publish");
        imported["name"] = "Wie wijzigde " + id + " (concept)";
        var response = await designer.PutAsync($"/api/definitions/{id}/draft", imported);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        Assert.Equal("Olga Ontwerper", Assert.Single(afterImport)!["changedBy"]!.GetValue<string>());
        var versions = await VersionsAsync(designer, id);
        Assert.Equal(2, versions.Count);
        Assert.All(versions, v => Assert.Equal("Olga Ontwerper", v!["changedBy"]!.GetValue<string>()));
        var listed = (await designer.GetJsonAsync("/api/definitions")).AsArray().Single(d => d!["definitionId"]!.GetValue<string>() == id)!;
        Assert.Equal("Olga Ontwerper", listed["changedBy"]!.GetValue<string>());
        // The list names the draft on top and the version cases start on.
        Assert.Equal(2, listed["latestVersion"]!.GetValue<int>());
        Assert.Equal(1, listed["publishedVersion"]!.GetValue<int>());
        Assert.False(listed["isPublished"]!.GetValue<bool>());
        // The reference workflows came from files at start-up: nobody to name.
        var rw1 = (await designer.GetJsonAsync("/api/definitions")).AsArray().Single(d => d!["definitionId"]!.GetValue<string>() == Cases.WmoWorkflow)!;
        Assert.Null(rw1["changedBy"]);
    }

    private static async Task<List<System.Text.Json.Nodes.JsonNode?>> VersionsAsync(ApiClient designer, string id) =>
        [.. (await designer.GetJsonAsync($"/api/definitions/{id}/versions")).AsArray()];
}

public sealed class ChangedBySqliteTests(SqliteHost fixture) : ChangedByTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class ChangedByPostgreSqlTests(PostgreSqlHost fixture) : ChangedByTests(fixture), IClassFixture<PostgreSqlHost>;
