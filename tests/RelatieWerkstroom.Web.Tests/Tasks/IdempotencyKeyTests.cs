using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Tasks;

/// <summary>A retried request with the same Idempotency-Key gets the first answer and changes nothing more.</summary>
public abstract class IdempotencyKeyTests(DatabaseHost fixture)
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task Completing_a_task_twice_with_the_same_key_completes_it_once_and_answers_the_same()
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var task = await OpenTasks.HumanTaskAsync(_host, client);
        var key = Key();

        var first = await Json(await client.PostAsync($"/api/tasks/{task.BookmarkId}/complete", new { action = task.Action, fields = task.Fields }, key));
        var second = await Json(await client.PostAsync($"/api/tasks/{task.BookmarkId}/complete", new { action = task.Action, fields = task.Fields }, key));

        AssertSameAnswer(first, second);
        Assert.Equal(1, await ResumesOfAsync(task.InstanceId, task.BookmarkId));
    }

    [Fact]
    public async Task Deciding_a_discretion_point_twice_with_the_same_key_decides_it_once()
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var triage = await OpenTasks.TriageAsync(_host, client);
        var id = triage["bookmarkId"]!.GetValue<string>();
        var body = new { option = triage["defaultOption"]!.GetValue<string>() };
        var key = Key();

        var first = await Json(await client.PostAsync($"/api/discretion/{id}/decide", body, key));
        var second = await Json(await client.PostAsync($"/api/discretion/{id}/decide", body, key));

        AssertSameAnswer(first, second);
        Assert.Equal(1, await ResumesOfAsync(triage["instanceId"]!.GetValue<string>(), id));
    }

    [Fact]
    public async Task Claiming_twice_with_the_same_key_answers_with_the_first_claim()
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var task = await OpenTasks.HumanTaskAsync(_host, client);
        var key = Key();

        var first = await Json(await client.PostAsync($"/api/tasks/{task.BookmarkId}/claim", null, key));
        var second = await Json(await client.PostAsync($"/api/tasks/{task.BookmarkId}/claim", null, key));

        Assert.Equal("consulent.noord", first["claimedBy"]!.GetValue<string>());
        Assert.Equal(first["at"]!.ToJsonString(), second["at"]!.ToJsonString());
    }

    [Fact]
    public async Task Someone_else_sending_the_same_key_does_not_replay_the_first_answer_but_hears_who_was_first()
    {
        using var noord = await _host.SignInAsync("consulent.noord");
        using var teamlead = await _host.SignInAsync("teamleider.noord");
        var task = await OpenTasks.HumanTaskAsync(_host, noord);
        var key = Key();
        await Json(await noord.PostAsync($"/api/tasks/{task.BookmarkId}/complete", new { action = task.Action, fields = task.Fields }, key));

        var problem = await ApiClient.ProblemOf(
            await teamlead.PostAsync($"/api/tasks/{task.BookmarkId}/complete", new { action = task.Action, fields = task.Fields }, key), HttpStatusCode.Conflict);

        Assert.Equal("consulent.noord", problem["handledBy"]!.GetValue<string>());
        Assert.Contains("Noor Consulent", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_key_that_is_too_long_is_a_problem_and_the_task_stays_open()
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var task = await OpenTasks.HumanTaskAsync(_host, client);

        var problem = await ApiClient.ProblemOf(await client.PostAsync($"/api/tasks/{task.BookmarkId}/complete",
            new { action = task.Action, fields = task.Fields }, new Dictionary<string, string> { ["Idempotency-Key"] = new('k', 201) }), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["Idempotency-Key"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/tasks/{task.BookmarkId}")).StatusCode);
    }

    private static Dictionary<string, string> Key() => new() { ["Idempotency-Key"] = Guid.NewGuid().ToString() };

    private static async Task<JsonNode> Json(HttpResponseMessage response) => await ApiClient.JsonOf(response, HttpStatusCode.OK, response.RequestMessage!.RequestUri!.ToString());

    private static void AssertSameAnswer(JsonNode first, JsonNode second)
    {
        Assert.Equal(first["instanceId"]!.GetValue<string>(), second["instanceId"]!.GetValue<string>());
        Assert.Equal(first["status"]!.GetValue<string>(), second["status"]!.GetValue<string>());
        Assert.Equal(first["bookmarks"]!.ToJsonString(), second["bookmarks"]!.ToJsonString());
        Assert.NotEqual("Faulted", first["status"]!.GetValue<string>());
    }

    // How often the engine resumed the bookmark (journal InstanceResumed events naming it).
    private async Task<int> ResumesOfAsync(string instanceId, string bookmarkId)
    {
        var count = 0;
        await foreach (var entry in _host.Service<IJournalReader>().ReadAsync(0, instanceId))
            if (entry.Kind == JournalEvents.InstanceResumed && entry.PayloadJson is { } payload
                && JsonNode.Parse(payload)?["bookmarkId"]?.GetValue<string>() == bookmarkId) count++;
        return count;
    }
}

public sealed class IdempotencyKeySqliteTests(SqliteHost fixture) : IdempotencyKeyTests(fixture), IClassFixture<SqliteHost>;

[Trait("Category", "PostgreSql")]
public sealed class IdempotencyKeyPostgreSqlTests(PostgreSqlHost fixture) : IdempotencyKeyTests(fixture), IClassFixture<PostgreSqlHost>;
