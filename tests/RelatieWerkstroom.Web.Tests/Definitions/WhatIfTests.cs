using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Tests.Support;
using Xunit.Abstractions;

namespace RelatieWerkstroom.Web.Tests.Definitions;

/// <summary>What-if before publishing: the draft and the published version simulated with the same seed and caseload.</summary>
public sealed class WhatIfTests(SqliteHost fixture, ITestOutputHelper output) : IClassFixture<SqliteHost>
{
    private const string Path = $"/api/definitions/{Cases.WmoWorkflow}/what-if";
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_draft_without_an_internal_step_shows_less_burden_than_the_published_version()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        // The consulent's closing of a case without onderzoek is internal and human time (automated steps cost none).
        var draft = await DraftWithoutAsync(designer, "AfsluitenZonderOnderzoek");

        var time = Stopwatch.StartNew();
        var result = await designer.PostJsonAsync(Path, new { cases = 80, months = 10, seed = 7, definition = draft });
        output.WriteLine($"what-if of 2 x 80 cases over 10 months: {time.Elapsed.TotalSeconds:0.0} s (server: {result["seconds"]} s)");

        var (d, p) = (result["draft"]!, result["published"]!);
        Assert.True(d["casesOpened"]!.GetValue<int>() >= 80, "herindicaties come on top of the arriving cases");
        // Both runs get the same 80 arriving cases; the herindicaties on top follow each version's own course.
        Assert.True(p["casesOpened"]!.GetValue<int>() >= 80, "the published version gets the same arriving cases");
        Assert.True(p["isPublished"]!.GetValue<bool>());
        Assert.False(d["isPublished"]!.GetValue<bool>());
        Assert.True(Internal(d) < Internal(p), $"internal burden draft {Internal(d)} h, published {Internal(p)} h");
        Assert.True(d["burden"]!["professionalHours"]!.GetValue<double>() < p["burden"]!["professionalHours"]!.GetValue<double>());
        Assert.Empty(d["problems"]!.AsArray());
        // The other figures are there for both: the statutory terms and the discretion points of RW-1.
        Assert.Contains(p["leadTimes"]!.AsArray(), l => l!["decided"]!.GetValue<int>() > 0 && l["term"] is not null);
        Assert.Contains(p["discretion"]!.AsArray(), x => x!["name"]!.GetValue<string>() == "Hoe pakken we de melding op?" && x["decisions"]!.GetValue<int>() > 0);
        Assert.NotNull(p["breaches"]);
    }

    [Fact]
    public async Task The_same_seed_twice_gives_the_same_figures()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var body = new { cases = 40, months = 6, seed = 11 };

        var first = await designer.PostJsonAsync(Path, body);
        var second = await designer.PostJsonAsync(Path, body);
        var other = await designer.PostJsonAsync(Path, body with { seed = 12 });

        Assert.Equal(Figures(first), Figures(second));
        Assert.NotEqual(Figures(first), Figures(other));
    }

    [Fact]
    public async Task Too_many_cases_are_refused_with_a_problem_that_says_the_limit()
    {
        using var designer = await _host.SignInAsync("ontwerper");

        var problem = await ApiClient.ProblemOf(await designer.PostAsync(Path, new { cases = 50_000, months = 12, seed = 1 }), HttpStatusCode.BadRequest);

        Assert.Contains("2000", problem["errors"]!["cases"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_draft_with_problems_is_refused_with_each_problem()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var draft = (await designer.GetJsonAsync($"/api/definitions/{Cases.WmoWorkflow}")).AsObject();
        draft["root"]!["connections"]!.AsArray().Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = "Start", ["port"] = "Done" },
            ["target"] = new JsonObject { ["activity"] = "BestaatNiet", ["port"] = "In" },
        });

        var problem = await ApiClient.ProblemOf(await designer.PostAsync(Path, new { cases = 10, definition = draft }), HttpStatusCode.BadRequest);

        Assert.Contains(problem["errors"]!.AsObject(), e => e.Value!.ToJsonString().Contains("BestaatNiet"));
    }

    // The latest RW-1 with one step taken out and its predecessor connected to its successor.
    private static async Task<JsonObject> DraftWithoutAsync(ApiClient designer, string activityId)
    {
        var definition = (await designer.GetJsonAsync($"/api/definitions/{Cases.WmoWorkflow}")).AsObject();
        var root = definition["root"]!.AsObject();
        var activities = root["activities"]!.AsArray();
        activities.Remove(activities.Single(a => a!["id"]!.GetValue<string>() == activityId));
        var connections = root["connections"]!.AsArray();
        var incoming = connections.Where(c => c!["target"]!["activity"]!.GetValue<string>() == activityId).ToList();
        var outgoing = connections.Where(c => c!["source"]!["activity"]!.GetValue<string>() == activityId).ToList();
        var target = Assert.Single(outgoing)!["target"]!.DeepClone();
        foreach (var c in incoming.Concat(outgoing)) connections.Remove(c);
        foreach (var c in incoming) connections.Add(new JsonObject { ["source"] = c!["source"]!.DeepClone(), ["target"] = target.DeepClone() });
        return definition;
    }

    private static double Internal(JsonNode figures) =>
        figures["burdenByOrigin"]!.AsArray().Single(o => o!["origin"]!.GetValue<string>() == "internal")!["professionalHours"]!.GetValue<double>();

    private static string Figures(JsonNode result) =>
        new JsonArray(result["draft"]!.DeepClone(), result["published"]!.DeepClone()).ToJsonString();
}
