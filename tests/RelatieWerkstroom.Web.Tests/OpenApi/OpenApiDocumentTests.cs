using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Security;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.OpenApi;

/// <summary>The OpenAPI document equals the committed one and lists every endpoint. SQLite only: the document is built from the endpoints' metadata, never from the database.</summary>
public sealed class OpenApiDocumentTests(SqliteHost fixture) : IClassFixture<SqliteHost>
{
    /// <summary>Set to 1 to write the live document over the committed one (then run <c>npm run gen:api</c> in ClientApp).</summary>
    public const string UpdateVariable = "WERKSTROOM_UPDATE_OPENAPI";

    [Fact]
    public async Task The_committed_document_the_front_end_is_generated_from_equals_the_live_one()
    {
        using var client = fixture.Host.NewClient();
        var live = JsonNode.Parse(await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(RepositoryPaths.CommittedOpenApi)!);
            await File.WriteAllTextAsync(RepositoryPaths.CommittedOpenApi, live.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        Assert.True(File.Exists(RepositoryPaths.CommittedOpenApi), $"{RepositoryPaths.CommittedOpenApi} is missing; run the tests once with {UpdateVariable}=1");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.CommittedOpenApi))!;
        Assert.True(JsonNode.DeepEquals(committed, live),
            $"the API changed but src/RelatieWerkstroom.Web/ClientApp/openapi/v1.json did not: run `{UpdateVariable}=1 dotnet test tests/RelatieWerkstroom.Web.Tests " +
            "--filter OpenApiDocumentTests`, then `npm run gen:api` in ClientApp, and commit both");
    }

    [Fact]
    public async Task The_document_lists_every_endpoint_of_the_policy_table()
    {
        using var client = fixture.Host.NewClient();
        var paths = JsonNode.Parse(await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!["paths"]!.AsObject();

        var missing = ApiPolicy.Table
            .Where(row => paths[row.Route]?[row.Method.ToLowerInvariant()] is null)
            .Select(row => row.ToString())
            .ToList();

        Assert.Empty(missing);
    }
}
