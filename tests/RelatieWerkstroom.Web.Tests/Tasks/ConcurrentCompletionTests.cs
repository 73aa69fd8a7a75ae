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
            await CompletionRace.RunAsync(task, (noord, "consulent.noord"), (teamlead, "teamleider.noord"));
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
