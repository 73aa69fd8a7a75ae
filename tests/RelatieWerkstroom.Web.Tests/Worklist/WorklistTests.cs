using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Worklist;

public abstract class WorklistTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task A_caseworker_sees_the_task_of_a_new_case_of_their_team_and_not_of_the_other_team()
    {
        var noord = await Cases.OpenAsync(_host, "wijkteam-noord");
        var zuid = await Cases.OpenAsync(_host, "wijkteam-zuid", bsn: "123456782");
        using var client = await _host.SignInAsync("consulent.noord");

        var page = await client.GetJsonAsync("/api/worklist?pageSize=200");

        var cases = page["items"]!.AsArray().Select(i => i!["caseFileId"]!.GetValue<string>()).ToList();
        Assert.Contains(noord.CaseFileId, cases);
        Assert.DoesNotContain(zuid.CaseFileId, cases);
    }

    [Fact]
    public async Task The_worklist_is_paged_on_the_server_and_sorted_by_deadline()
    {
        for (var i = 0; i < 3; i++) await Cases.OpenAsync(_host, "wijkteam-noord");
        using var client = await _host.SignInAsync("teamleider.noord");

        var first = await client.GetJsonAsync("/api/worklist?page=1&pageSize=2");
        var second = await client.GetJsonAsync("/api/worklist?page=2&pageSize=2");

        var total = first["total"]!.GetValue<int>();
        Assert.True(total >= 3, $"total {total}");
        Assert.Equal(2, first["items"]!.AsArray().Count);
        var all = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).ToList();
        Assert.Equal(all.Count, all.Select(i => i!["bookmarkId"]!.GetValue<string>()).Distinct().Count());
        var deadlines = all.Select(i => i!["deadline"]?.GetValue<string>() ?? "9999-12-31").ToList();
        Assert.Equal(deadlines.Order(StringComparer.Ordinal), deadlines);
    }

    [Fact]
    public async Task A_page_size_out_of_range_is_a_problem_naming_the_parameter()
    {
        using var client = await _host.SignInAsync("consulent.noord");

        var problem = await ApiClient.ProblemOf(await client.GetAsync("/api/worklist?pageSize=5000"), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["pageSize"]);
    }

    [Fact]
    public async Task A_caseworker_claims_opens_and_completes_a_task_and_it_leaves_the_worklist()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var client = await _host.SignInAsync("consulent.noord");
        var item = await FirstTaskOfAsync(client, opened.CaseFileId);
        var id = item["bookmarkId"]!.GetValue<string>();

        var claim = await client.PostJsonAsync($"/api/tasks/{id}/claim");
        var task = await client.GetJsonAsync($"/api/tasks/{id}");
        var action = task["details"]!["actions"]!.AsArray()[0]!.GetValue<string>();
        var fields = RequiredFieldValues(task["details"]!["formFields"]!.AsArray());
        var completed = await client.PostJsonAsync($"/api/tasks/{id}/complete", new { action, fields });

        Assert.Equal("consulent.noord", claim["claimedBy"]!.GetValue<string>());
        Assert.Equal("consulent.noord", task["assignedTo"]!.GetValue<string>());
        Assert.NotEqual("Faulted", completed["status"]!.GetValue<string>());
        var after = await client.GetJsonAsync("/api/worklist?pageSize=200");
        Assert.DoesNotContain(after["items"]!.AsArray(), i => i!["bookmarkId"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task A_caseworker_of_another_team_cannot_open_or_claim_the_task()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var noord = await _host.SignInAsync("consulent.noord");
        var id = (await FirstTaskOfAsync(noord, opened.CaseFileId))["bookmarkId"]!.GetValue<string>();
        using var zuid = await _host.SignInAsync("consulent.zuid");

        await ApiClient.ProblemOf(await zuid.GetAsync($"/api/tasks/{id}"), HttpStatusCode.Forbidden);
        await ApiClient.ProblemOf(await zuid.PostAsync($"/api/tasks/{id}/claim"), HttpStatusCode.Forbidden);

        var task = await noord.GetJsonAsync($"/api/tasks/{id}");
        Assert.Null(task["assignedTo"]);
    }

    [Fact]
    public async Task Deviating_from_the_default_without_a_reason_is_refused_and_with_one_it_is_decided()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var client = await _host.SignInAsync("consulent.noord");
        var triage = await ItemOfAsync(client, opened.CaseFileId, "DiscretionPoint");
        var id = triage["bookmarkId"]!.GetValue<string>();
        var other = triage["choices"]!.AsArray().Select(c => c!.GetValue<string>()).First(c => c != triage["defaultOption"]!.GetValue<string>());

        var refused = await ApiClient.ProblemOf(await client.PostAsync($"/api/discretion/{id}/decide", new { option = other }), HttpStatusCode.BadRequest);
        var stillOpen = await client.GetAsync($"/api/tasks/{id}");
        var decided = await client.PostJsonAsync($"/api/discretion/{id}/decide", new { option = other, reason = "Cliënt heeft al een netwerk dat helpt" });

        Assert.Contains("Motivering verplicht", refused["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, stillOpen.StatusCode);
        Assert.NotEqual("Faulted", decided["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/tasks/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_task_is_a_404_problem()
    {
        using var client = await _host.SignInAsync("consulent.noord");

        var problem = await ApiClient.ProblemOf(await client.GetAsync("/api/tasks/bestaat-niet"), HttpStatusCode.NotFound);

        Assert.Contains("bestaat-niet", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_problem_and_the_task_stays_open()
    {
        var opened = await Cases.OpenAsync(_host, "wijkteam-noord");
        using var client = await _host.SignInAsync("consulent.noord");
        var id = (await FirstTaskOfAsync(client, opened.CaseFileId))["bookmarkId"]!.GetValue<string>();

        var response = await client.SendAsync(HttpMethod.Post, $"/api/tasks/{id}/complete",
            new StringContent("{\"action\": ", System.Text.Encoding.UTF8, "application/json"));

        var problem = await ApiClient.ProblemOf(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/tasks/{id}")).StatusCode);
    }

    // RW-1 opens with the triage discretion point; deciding it with the default leads to the first task.
    private static async Task<JsonNode> FirstTaskOfAsync(ApiClient client, string caseFileId)
    {
        var triage = await ItemOfAsync(client, caseFileId, "DiscretionPoint");
        await client.PostJsonAsync($"/api/discretion/{triage["bookmarkId"]}/decide", new { option = triage["defaultOption"]!.GetValue<string>() });
        return await ItemOfAsync(client, caseFileId, "HumanTask");
    }

    private static async Task<JsonNode> ItemOfAsync(ApiClient client, string caseFileId, string kind)
    {
        var page = await client.GetJsonAsync("/api/worklist?pageSize=200");
        var item = page["items"]!.AsArray().FirstOrDefault(i => i!["caseFileId"]!.GetValue<string>() == caseFileId
            && i["kind"]!.GetValue<string>() == kind);
        Assert.True(item is not null, $"no {kind} of {caseFileId} in {page.ToJsonString()}");
        return item;
    }

    // Fills every required field with a value of its type, as a person filling in the form would.
    private static JsonObject RequiredFieldValues(JsonArray formFields)
    {
        var values = new JsonObject();
        foreach (var field in formFields.OfType<JsonObject>().Where(f => f["required"]?.GetValue<bool>() == true))
        {
            var name = field["name"]!.GetValue<string>();
            values[name] = (field["type"]?.GetValue<string>() ?? "text").ToLowerInvariant() switch
            {
                "number" => 1,
                "boolean" or "yesno" => true,
                "date" => DateTime.UtcNow.ToString("yyyy-MM-dd"),
                "choice" or "select" => field["options"]?.AsArray().FirstOrDefault()?.DeepClone(),
                _ => "ingevuld",
            };
        }
        return values;
    }
}

public sealed class WorklistSqliteTests(SqliteHost fixture) : WorklistTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class WorklistPostgreSqlTests(PostgreSqlHost fixture) : WorklistTests(fixture), IClassFixture<PostgreSqlHost>;
