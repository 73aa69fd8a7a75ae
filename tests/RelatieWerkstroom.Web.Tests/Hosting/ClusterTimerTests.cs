using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Extensions;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Hosting;

/// <summary>
/// Timers on two clustered nodes (Quartz's clustered job store in PostgreSQL): each due timer fires once across the
/// cluster, on whichever node, and when one node is killed the other fires the rest, also those the dead node had
/// already taken. PostgreSQL only: SQLite runs one node (no cluster).
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed class ClusterTimerTests : IAsyncLifetime
{
    private const int PerBatch = 8;

    private readonly TwoNodes _nodes = new();
    private ServiceProvider _tool = null!;

    public async Task InitializeAsync()
    {
        await _nodes.InitializeAsync();
        // Instances are started by a tool outside the nodes (no commit listeners): the nodes' timer sync finds their timers.
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddLogging();
        services.AddWerkstroom(PersistenceOptions.ForPostgreSql(_nodes.Data.PostgresConnectionString!));
        _tool = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _tool.DisposeAsync();
        await _nodes.DisposeAsync();
    }

    [Fact]
    public async Task Each_due_timer_fires_once_across_two_nodes_and_a_killed_node_loses_none()
    {
        var definition = Workflows.DelayThenWrite(TimeSpan.FromSeconds(3));
        await _tool.GetRequiredService<DefinitionService>().ImportAsync([("test", definition)], publish: true);

        var first = await StartBatchAsync(definition.DefinitionId);
        await AllFinishedAsync(first, "the first batch's timers fire with both nodes up");

        var second = await StartBatchAsync(definition.DefinitionId);
        await _nodes.B.KillAsync();
        await AllFinishedAsync(second, "the second batch's timers fire after node b was killed");

        var output = _nodes.A.Output.Concat(_nodes.B.Output).ToList();
        foreach (var instance in first.Concat(second))
        {
            Assert.Single(output, l => l.Contains($"fired; instance {instance} is now", StringComparison.Ordinal));
            Assert.DoesNotContain(output, l => l.Contains($"had already fired; instance {instance} ", StringComparison.Ordinal));
            Assert.Equal(1, await _nodes.CountAsync($"SELECT count(*) FROM \"Journal\" WHERE \"InstanceId\" = '{instance}' AND \"Kind\" = 'InstanceResumed'"));
        }
        // Both nodes took part while both were up (reported, not required: which node fires a trigger is Quartz's choice).
        Console.WriteLine($"timers fired by node a: {_nodes.A.Lines("fired; instance").Count}, by node b: {_nodes.B.Lines("fired; instance").Count}");
    }

    private async Task<List<string>> StartBatchAsync(string definitionId)
    {
        var runtime = _tool.GetRequiredService<WorkflowRuntime>();
        var started = new List<string>();
        for (var i = 0; i < PerBatch; i++)
        {
            var result = await runtime.StartAsync(definitionId);
            Assert.Equal(WorkflowStatus.Suspended, result.Status);
            started.Add(result.InstanceId);
        }
        return started;
    }

    private async Task AllFinishedAsync(IReadOnlyList<string> instances, string what)
    {
        var store = _tool.GetRequiredService<IWorkflowInstanceStore>();
        foreach (var id in instances)
            await Eventually.ValueAsync(async () => await store.FindAsync(id) is { Status: WorkflowStatus.Finished } instance ? instance : null,
                $"{what} ({id})", TimeSpan.FromSeconds(90));
    }
}
