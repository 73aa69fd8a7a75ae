using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Web.Tests.Support;
using RelatieWerkstroom.Web.WhatIf;
using Xunit.Abstractions;

namespace RelatieWerkstroom.Web.Tests.Definitions;

/// <summary>What-if before publishing: the draft and the published version simulated with the same seed and caseload.</summary>
public abstract class WhatIfTests(DatabaseHost fixture, ITestOutputHelper output)
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

    [Fact]
    public async Task A_run_compares_with_the_published_version_under_a_newer_draft_and_reads_the_store_once_for_all_workflows()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var id = "wat-als-" + Guid.NewGuid().ToString("N")[..8];
        var definition = (await designer.GetJsonAsync($"/api/definitions/{Cases.WmoWorkflow}")).AsObject();
        definition["id"] = id + "-v1";
        definition["definitionId"] = id;
        definition["name"] = "Wat als " + id;
        var imported = await designer.PostJsonAsync("/api/definitions/import", definition);
        await designer.PostJsonAsync($"/api/definitions/{id}/publish");
        imported["name"] = "Wat als " + id + " (concept)";
        var saved = await designer.PutAsync($"/api/definitions/{id}/draft", imported);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        // Without a body the stored draft (version 2) runs against the published version 1.
        var result = await designer.PostJsonAsync($"/api/definitions/{id}/what-if", new { cases = 10, months = 2, seed = 3 });
        Assert.Equal(2, result["draft"]!["version"]!.GetValue<int>());
        Assert.Equal(1, result["published"]!["version"]!.GetValue<int>());
        Assert.True(result["published"]!["isPublished"]!.GetValue<bool>());

        // Every stored workflow is a possible sub-workflow; they come in one read, not one per workflow.
        var store = new CountingStore(_host.Service<IWorkflowDefinitionStore>());
        var simulation = ActivatorUtilities.CreateInstance<WhatIfSimulation>(_host.Services, store);
        var draft = (await store.FindLatestAsync(id))!;
        var workflows = (await store.ListLatestAsync()).Count;
        store.Reads = 0;
        var direct = await simulation.RunAsync(draft, 10, 2, 3, CancellationToken.None);
        Assert.True(workflows > 3, $"only {workflows} workflows stored");
        Assert.Equal(1, store.Reads);
        Assert.Equal(result["published"]!["casesOpened"]!.GetValue<int>(), direct.Published!.CasesOpened);
    }

    // Counts the reads of the host's own store.
    private sealed class CountingStore(IWorkflowDefinitionStore inner) : IWorkflowDefinitionStore
    {
        public int Reads { get; set; }

        public Task<WorkflowDefinition?> FindVersionAsync(string versionId, CancellationToken cancellationToken = default) => Read(inner.FindVersionAsync(versionId, cancellationToken));
        public Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken cancellationToken = default) => Read(inner.FindPublishedAsync(definitionId, cancellationToken));
        public Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default) => Read(inner.FindLatestAsync(definitionId, cancellationToken));
        public Task<IReadOnlyList<WorkflowDefinition>> FindVersionsAsync(string definitionId, CancellationToken cancellationToken = default) => Read(inner.FindVersionsAsync(definitionId, cancellationToken));
        public Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken = default) => Read(inner.ListLatestAsync(cancellationToken));
        public Task<IReadOnlyList<WorkflowDefinition>> ListPublishedAsync(CancellationToken cancellationToken = default) => Read(inner.ListPublishedAsync(cancellationToken));
        public Task SaveAsync(IReadOnlyList<WorkflowDefinition> versions, CancellationToken cancellationToken = default) => inner.SaveAsync(versions, cancellationToken);

        private Task<T> Read<T>(Task<T> read)
        {
            Reads++;
            return read;
        }
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

public sealed class WhatIfSqliteTests(SqliteHost fixture, ITestOutputHelper output) : WhatIfTests(fixture, output), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class WhatIfPostgreSqlTests(PostgreSqlHost fixture, ITestOutputHelper output) : WhatIfTests(fixture, output), IClassFixture<PostgreSqlHost>;
