using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Definitions;

/// <summary>
/// The designer's live validation checks the friction figures too: a negative or non-numeric amount is an error that
/// names the step and the field, the draft is still saved, and publishing is refused until it is fixed.
/// On both databases: drafts are saved and publishing is refused through the definition store.
/// </summary>
public abstract class FrictionValueTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_negative_or_non_numeric_amount_is_named_by_step_and_field_and_stops_publishing_until_fixed()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var id = "frictie-" + Guid.NewGuid().ToString("N")[..8];
        var definition = (await designer.GetJsonAsync($"/api/definitions/{Cases.WmoWorkflow}")).AsObject();
        definition["id"] = id + "-v1";
        definition["definitionId"] = id;
        definition["name"] = "Frictiecijfers " + id;
        var friction = Friction(definition, "Verslag");
        friction["minutes"] = -30;
        friction["outOfPocket"] = "vijf euro";

        var problems = (await designer.PostJsonAsync("/api/definitions/validate", definition)).AsArray()
            .Select(p => p!.AsObject()).Where(p => p["path"]!.GetValue<string>().StartsWith("customProperties.friction", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [("Verslag", "customProperties.friction.minutes", "Error"), ("Verslag", "customProperties.friction.outOfPocket", "Error")],
            problems.Select(p => (p["activityId"]!.GetValue<string>(), p["path"]!.GetValue<string>(), p["severity"]!.GetValue<string>())).ToList());
        Assert.Contains("-30", problems[0]["message"]!.GetValue<string>());
        Assert.Contains("vijf euro", problems[1]["message"]!.GetValue<string>());

        // Saving a draft always works; publishing it is refused naming both fields.
        var saved = await designer.PutAsync($"/api/definitions/{id}/draft", definition);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var refused = await ApiClient.ProblemOf(await designer.PostAsync($"/api/definitions/{id}/publish"), HttpStatusCode.BadRequest);
        var fields = refused["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains(fields, f => f.Contains("Verslag", StringComparison.Ordinal) && f.Contains("customProperties.friction.minutes", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.Contains("Verslag", StringComparison.Ordinal) && f.Contains("customProperties.friction.outOfPocket", StringComparison.Ordinal));

        friction["minutes"] = 30;
        friction["outOfPocket"] = 5;
        Assert.True((await designer.PutAsync($"/api/definitions/{id}/draft", definition)).IsSuccessStatusCode);
        var published = await designer.PostJsonAsync($"/api/definitions/{id}/publish");
        Assert.True(published["isPublished"]!.GetValue<bool>());
    }

    private static JsonObject Friction(JsonObject definition, string activityId) =>
        definition["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == activityId)!["customProperties"]!["friction"]!.AsObject();
}

public sealed class FrictionValueSqliteTests(SqliteHost fixture) : FrictionValueTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class FrictionValuePostgreSqlTests(PostgreSqlHost fixture) : FrictionValueTests(fixture), IClassFixture<PostgreSqlHost>;
