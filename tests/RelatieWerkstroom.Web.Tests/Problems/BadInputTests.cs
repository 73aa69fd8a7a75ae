using System.Net;
using System.Text;
using RelatieWerkstroom.Web.Security;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Problems;

/// <summary>Every kind of bad input is an RFC 9457 problem saying what is wrong, and nothing is changed by it.</summary>
public abstract class BadInputTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    public static TheoryData<string, string, string?> UnknownIds => new()
    {
        { "GET", "/api/tasks/{id}", null },
        { "POST", "/api/tasks/{id}/claim", null },
        { "POST", "/api/tasks/{id}/release", null },
        { "POST", "/api/tasks/{id}/complete", """{"action":"afronden"}""" },
        { "POST", "/api/discretion/{id}/decide", """{"option":"ja"}""" },
        { "GET", "/api/instances/{id}", null },
        { "GET", "/api/instances/{id}/journal", null },
        { "POST", "/api/instances/{id}/retry", null },
        { "GET", "/api/definitions/{definitionId}", null },
        { "GET", "/api/definitions/{definitionId}/versions", null },
        { "GET", "/api/definitions/{definitionId}/export", null },
    };

    [Theory]
    [MemberData(nameof(UnknownIds))]
    public async Task An_unknown_id_is_a_404_problem_naming_it(string method, string route, string? body)
    {
        var row = ApiPolicy.Find(method, route)!;
        using var client = await _host.SignInAsync(UserOf(row.Roles[0]));
        var id = "onbekend-" + Guid.NewGuid().ToString("N")[..8];

        var response = await client.SendAsync(new HttpMethod(method), route.Replace("{id}", id).Replace("{definitionId}", id),
            body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ApiClient.ProblemOf(response, HttpStatusCode.NotFound);
        Assert.Contains(id, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_a_413_problem_and_nothing_is_stored()
    {
        using var designer = await _host.SignInAsync("ontwerper");
        var id = "te-groot-" + Guid.NewGuid().ToString("N")[..8];
        var huge = "{\"definitionId\":\"" + id + "\",\"name\":\"" + new string('x', 5 * 1024 * 1024)
            + "\",\"root\":{\"type\":\"Elsa.Flowchart\",\"activities\":[],\"connections\":[]}}";

        var response = await designer.SendAsync(HttpMethod.Put, $"/api/definitions/{id}/draft", new StringContent(huge, Encoding.UTF8, "application/json"));

        var problem = await ApiClient.ProblemOf(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("MB", problem["detail"]!.GetValue<string>());
        await ApiClient.ProblemOf(await designer.GetAsync($"/api/definitions/{id}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"option": """)]
    [InlineData("""{"option": "ja",}""")]
    [InlineData("niet eens json")]
    public async Task Malformed_JSON_is_a_400_problem_and_the_discretion_point_stays_open(string body)
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var triage = await OpenTasks.TriageAsync(_host, client);
        var id = triage["bookmarkId"]!.GetValue<string>();

        var response = await client.SendAsync(HttpMethod.Post, $"/api/discretion/{id}/decide", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ApiClient.ProblemOf(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/tasks/{id}")).StatusCode);
    }

    [Fact]
    public async Task JSON_of_the_wrong_shape_is_a_400_problem_and_the_task_stays_open()
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var task = await OpenTasks.HumanTaskAsync(_host, client);

        var response = await client.SendAsync(HttpMethod.Post, $"/api/tasks/{task.BookmarkId}/complete",
            new StringContent("""{"action": 42, "fields": "geen object"}""", Encoding.UTF8, "application/json"));

        await ApiClient.ProblemOf(response, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/tasks/{task.BookmarkId}")).StatusCode);
    }

    [Fact]
    public async Task A_method_the_endpoint_does_not_have_is_a_405_problem_not_the_page()
    {
        using var client = await _host.SignInAsync("consulent.noord");

        var response = await client.SendAsync(HttpMethod.Delete, "/api/tasks/abc", null);

        await ApiClient.ProblemOf(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_415_problem()
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var task = await OpenTasks.HumanTaskAsync(_host, client);

        var response = await client.SendAsync(HttpMethod.Post, $"/api/tasks/{task.BookmarkId}/complete",
            new StringContent("action=afronden", Encoding.UTF8, "text/plain"));

        var problem = await ApiClient.ProblemOf(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("JSON", problem["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/tasks/{task.BookmarkId}")).StatusCode);
    }

    [Fact]
    public async Task Completing_with_an_action_the_task_does_not_offer_is_a_problem_and_the_task_stays_open()
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var task = await OpenTasks.HumanTaskAsync(_host, client);

        var response = await client.PostAsync($"/api/tasks/{task.BookmarkId}/complete", new { action = "bestaat-niet", fields = task.Fields });

        var problem = await ApiClient.ProblemOf(response, HttpStatusCode.BadRequest);
        Assert.Contains("bestaat-niet", problem.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/tasks/{task.BookmarkId}")).StatusCode);
    }

    private static string UserOf(string role) => role switch
    {
        WebRoles.Designer => "ontwerper",
        WebRoles.Caseworker => "consulent.noord",
        WebRoles.Teamlead => "teamleider.noord",
        WebRoles.Jurist => "jurist",
        WebRoles.Auditor => "auditor",
        _ => "beheerder",
    };
}

public sealed class BadInputSqliteTests(SqliteHost fixture) : BadInputTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class BadInputPostgreSqlTests(PostgreSqlHost fixture) : BadInputTests(fixture), IClassFixture<PostgreSqlHost>;
