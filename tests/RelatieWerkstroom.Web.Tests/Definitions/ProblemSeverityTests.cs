using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Definitions;

/// <summary>
/// The designer's validation says how bad each problem is: an error stops publishing, a warning (something Elsa 3 runs
/// as it stands, such as a step nothing leads to) does not. Each problem carries its code and values, so the designer
/// can say it in the user's language, and the server's message as the fallback.
/// </summary>
public abstract class ProblemSeverityTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task Validation_names_a_step_nothing_leads_to_a_warning_and_a_broken_connection_an_error()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var definition = await Rw1WithAStrayStepAsync(designer, "rw1-kopie");
        BreakAConnection(definition);

        var problems = (await designer.PostJsonAsync("/api/definitions/validate", definition)).AsArray();

        var stray = Assert.Single(problems, p => p!["activityId"]?.GetValue<string>() == "LosseStap")!;
        Assert.Equal("Warning", stray["severity"]!.GetValue<string>());
        var broken = Assert.Single(problems, p => p!["message"]!.GetValue<string>().Contains("BestaatNiet"))!;
        Assert.Equal("Error", broken["severity"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_draft_with_only_warnings_publishes_and_one_with_an_error_is_refused_naming_only_the_error()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var id = "ernst-" + Guid.NewGuid().ToString("N")[..8];
        var definition = await Rw1WithAStrayStepAsync(designer, id);
        await designer.PostJsonAsync("/api/definitions/import", definition);

        var published = await designer.PostJsonAsync($"/api/definitions/{id}/publish");
        Assert.True(published["isPublished"]!.GetValue<bool>());

        BreakAConnection(definition);
        var saved = await designer.PutAsync($"/api/definitions/{id}/draft", definition);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var refused = await ApiClient.ProblemOf(await designer.PostAsync($"/api/definitions/{id}/publish"), HttpStatusCode.BadRequest);

        var errors = refused["errors"]!.AsObject();
        Assert.Contains(errors, e => e.Value!.ToJsonString().Contains("BestaatNiet"));
        Assert.DoesNotContain(errors, e => e.Key.StartsWith("LosseStap", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validation_and_a_refused_publish_give_each_problem_its_code_and_values()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var id = "code-" + Guid.NewGuid().ToString("N")[..8];
        var definition = await Rw1WithAStrayStepAsync(designer, id);
        await designer.PostJsonAsync("/api/definitions/import", definition);
        BreakAConnection(definition);

        var problems = (await designer.PostJsonAsync("/api/definitions/validate", definition)).AsArray();
        var saved = await designer.PutAsync($"/api/definitions/{id}/draft", definition);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var refused = await ApiClient.ProblemOf(await designer.PostAsync($"/api/definitions/{id}/publish"), HttpStatusCode.BadRequest);

        var stray = Assert.Single(problems, p => p!["activityId"]?.GetValue<string>() == "LosseStap")!;
        Assert.Equal("ActivityUnreachable", stray["code"]!.GetValue<string>());
        Assert.Contains("LosseStap", stray["parameters"]!["activity"]!.GetValue<string>());
        foreach (var broken in new[] { problems, refused["problems"]!.AsArray() }.Select(list => Assert.Single(list, p => p!["code"]!.GetValue<string>() == "ConnectionTargetMissing")!))
        {
            Assert.Equal("BestaatNiet", broken["parameters"]!["target"]!.GetValue<string>());
            Assert.Contains("BestaatNiet", broken["message"]!.GetValue<string>());
        }
        // The refusal lists the errors only, as its `errors` do.
        Assert.DoesNotContain(refused["problems"]!.AsArray(), p => p!["code"]!.GetValue<string>() == "ActivityUnreachable");
    }

    // RW-1 under another id with a copy of one of its tasks that no connection leads to.
    private static async Task<JsonObject> Rw1WithAStrayStepAsync(ApiClient designer, string id)
    {
        var definition = (await designer.GetJsonAsync($"/api/definitions/{Cases.WmoWorkflow}")).AsObject();
        definition["id"] = id + "-v1";
        definition["definitionId"] = id;
        definition["name"] = "Ernst van problemen " + id;
        var activities = definition["root"]!["activities"]!.AsArray();
        var stray = activities.Single(a => a!["id"]!.GetValue<string>() == "AfsluitenZonderOnderzoek")!.DeepClone().AsObject();
        stray["id"] = "LosseStap";
        activities.Add(stray);
        return definition;
    }

    private static void BreakAConnection(JsonObject definition) =>
        definition["root"]!["connections"]!.AsArray().Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = "Start", ["port"] = "Done" },
            ["target"] = new JsonObject { ["activity"] = "BestaatNiet", ["port"] = "In" },
        });
}

public sealed class ProblemSeveritySqliteTests(SqliteHost fixture) : ProblemSeverityTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class ProblemSeverityPostgreSqlTests(PostgreSqlHost fixture) : ProblemSeverityTests(fixture), IClassFixture<PostgreSqlHost>;
