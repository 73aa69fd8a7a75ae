using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Hosting;

/// <summary>The scheduler and the outbox run inside the host for as long as it runs.</summary>
public abstract class SchedulerTests(string database) : IAsyncLifetime
{
    private readonly TestHost _host = TestHost.Of(database, new Dictionary<string, string?>
    {
        ["Werkstroom:Scheduler:Enabled"] = "true",
        ["Werkstroom:Scheduler:MisfireThreshold"] = "00:00:01",
        ["Werkstroom:Scheduler:OutboxInterval"] = "00:00:01",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_workflow_waiting_two_seconds_goes_on_by_itself_in_the_running_host()
    {
        var definition = Workflows.DelayThenWrite(TimeSpan.FromSeconds(2));
        await _host.Service<DefinitionService>().ImportAsync([("test", definition)], publish: true);

        var started = await _host.Service<WorkflowRuntime>().StartAsync(definition.DefinitionId);
        Assert.Equal(WorkflowStatus.Suspended, started.Status);

        var instances = _host.Service<IWorkflowInstanceStore>();
        var finished = await Eventually.ValueAsync(async () =>
            await instances.FindAsync(started.InstanceId) is { Status: WorkflowStatus.Finished } instance ? instance : null,
            "the instance finishes after its timer", TimeSpan.FromSeconds(30));
        Assert.Empty(finished.Bookmarks);
    }

    [Fact]
    public async Task A_queued_outbox_message_is_delivered_to_the_outbox_folder_and_marked_sent()
    {
        var outbox = _host.Service<IOutbox>();
        var caseFile = (await Cases.OpenAsync(_host, "wijkteam-noord")).CaseFileId;
        var id = "msg-" + Guid.NewGuid().ToString("N");
        await outbox.EnqueueAsync(new OutboxMessage
        {
            Id = id, CaseFileId = caseFile, Kind = "CAK.iEb", Recipient = "CAK", Payload = "{\"melding\":1}", CreatedAt = DateTimeOffset.UtcNow,
        });

        var sent = await Eventually.ValueAsync(async () =>
            (await outbox.FindByCaseFileAsync(caseFile)).FirstOrDefault(m => m.Id == id && m.SentAt is not null),
            "the message is marked sent");

        var file = Path.Combine(_host.Data.DataFolder, "outbox", "CAK.iEb", id + ".json");
        Assert.True(File.Exists(file), $"{file} was not written");
        Assert.Contains("\"melding\"", await File.ReadAllTextAsync(file));
        Assert.Empty((await outbox.FindPendingAsync()).Where(m => m.Id == sent.Id));
    }
}

[Collection(QuartzHosts.Name)]
public sealed class SchedulerSqliteTests() : SchedulerTests(Databases.Sqlite);

[Trait("Category", "PostgreSql")]
[Collection(QuartzHosts.Name)]
public sealed class SchedulerPostgreSqlTests() : SchedulerTests(Databases.PostgreSql);
