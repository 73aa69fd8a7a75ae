using System.Net;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Tasks;

/// <summary>Two people completing one task at the same moment: one succeeds, the other hears who was first; never both.</summary>
public abstract class ConcurrentCompletionTests(string database) : IAsyncLifetime
{
    private const int Rounds = 12;

    private readonly TestHost _host = TestHost.Of(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Of_two_simultaneous_completions_one_succeeds_and_the_other_gets_a_409_naming_the_winner()
    {
        using var noord = await _host.SignInAsync("consulent.noord");
        using var teamlead = await _host.SignInAsync("teamleider.noord");

        for (var round = 0; round < Rounds; round++)
        {
            var task = await OpenTasks.HumanTaskAsync(_host, noord);
            var body = new { action = task.Action, fields = task.Fields };
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task<(string User, HttpResponseMessage Response)> Complete(ApiClient client, string user)
            {
                await start.Task;
                return (user, await client.PostAsync($"/api/tasks/{task.BookmarkId}/complete", body));
            }
            var racing = new[] { Complete(noord, "consulent.noord"), Complete(teamlead, "teamleider.noord") };
            start.SetResult();
            var answers = await Task.WhenAll(racing);

            var won = Assert.Single(answers, a => a.Response.StatusCode == HttpStatusCode.OK);
            var lost = Assert.Single(answers, a => a.Response.StatusCode != HttpStatusCode.OK);
            var problem = await ApiClient.ProblemOf(lost.Response, HttpStatusCode.Conflict);
            Assert.Equal(won.User, problem["handledBy"]!.GetValue<string>());
            Assert.Contains(won.User, problem["detail"]!.GetValue<string>());
            Assert.Equal(1, await ResumesOfAsync(task.InstanceId, task.BookmarkId));
        }
    }

    private async Task<int> ResumesOfAsync(string instanceId, string bookmarkId)
    {
        var count = 0;
        await foreach (var entry in _host.Service<IJournalReader>().ReadAsync(0, instanceId))
            if (entry.Kind == JournalEvents.InstanceResumed && entry.PayloadJson is { } payload
                && JsonNode.Parse(payload)?["bookmarkId"]?.GetValue<string>() == bookmarkId) count++;
        return count;
    }
}

public sealed class ConcurrentCompletionSqliteTests() : ConcurrentCompletionTests(Databases.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class ConcurrentCompletionPostgreSqlTests() : ConcurrentCompletionTests(Databases.PostgreSql);
