using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Hosting;

/// <summary>
/// Two web-host processes on one fresh PostgreSQL database, started at the same moment, as two nodes behind a load
/// balancer without sticky sessions (docs/operations/two-nodes.md). PostgreSQL only: a SQLite file is one node by
/// design (architecture §11), there is no second node to test there.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    /// <summary>The shared database (and the nodes' data folders below its folder).</summary>
    public TestData Data { get; } = TestData.PostgreSql();

    public WebNode A { get; private set; } = null!;

    public WebNode B { get; private set; } = null!;

    /// <summary>Scheduler settings of both nodes: short intervals so that a test sees the cluster work within seconds.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Werkstroom:Scheduler:Enabled"] = "true",
        ["Werkstroom:Scheduler:TimerSyncInterval"] = "00:00:01",
        ["Werkstroom:Scheduler:MisfireThreshold"] = "00:00:01",
        ["Werkstroom:Scheduler:ClusterCheckinInterval"] = "00:00:01",
    };

    /// <summary>Both nodes start together on the empty database: neither waits for the other to be ready first.</summary>
    public async Task InitializeAsync()
    {
        var a = WebNode.StartAsync("a", Data, Settings);
        var b = WebNode.StartAsync("b", Data, Settings);
        try
        {
            await Task.WhenAll(a, b);
        }
        finally
        {
            if (a.IsCompletedSuccessfully) A = a.Result;
            if (b.IsCompletedSuccessfully) B = b.Result;
        }
    }

    /// <summary>A scalar from the shared database.</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Data.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task DisposeAsync()
    {
        if (A is not null) await A.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        await Data.DisposeAsync();
    }
}

[Trait("Category", "PostgreSql")]
public sealed class TwoNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private const int Rounds = 6;

    [Fact]
    public async Task Two_nodes_started_together_on_an_empty_database_both_serve_and_the_reference_data_exists_once()
    {
        Assert.False(nodes.A.HasExited || nodes.B.HasExited, "a node ended after its start");
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.json").Length;
        Assert.Equal(files, await nodes.CountAsync("SELECT count(DISTINCT \"DefinitionId\") FROM \"DefinitionVersions\""));
        Assert.Equal(files, await nodes.CountAsync("SELECT count(*) FROM \"DefinitionVersions\""));
        Assert.Equal(7, await nodes.CountAsync("SELECT count(*) FROM \"AspNetUsers\""));
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            using var designer = await node.SignInAsync("ontwerper");
            var list = (await designer.GetJsonAsync("/api/definitions")).AsArray();
            Assert.Equal(files, list.Count);
        }
    }

    [Fact]
    public async Task A_sign_in_on_one_node_is_accepted_by_the_other_and_so_is_its_antiforgery_token()
    {
        var cookies = new BrowserCookies();
        using var onA = nodes.A.NewClient(cookies);
        await onA.SignInAsync("consulent.noord");
        using var onB = nodes.B.NewClient(cookies);

        var me = await onB.GetJsonAsync("/api/me");

        Assert.Equal("consulent.noord", me["userName"]!.GetValue<string>());
        // A change on B with the cookie and antiforgery token that A handed out.
        var opened = await onB.PostAsync("/api/cases", new { kind = "wmo-melding", bsn = "367418253", name = "Jan Proef", title = "Hulp bij het huishouden" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
    }

    [Fact]
    public async Task The_same_task_completed_on_both_nodes_at_once_is_completed_once_and_the_loser_hears_who_won()
    {
        using var noordOnA = await nodes.A.SignInAsync("consulent.noord");
        using var teamleadOnB = await nodes.B.SignInAsync("teamleider.noord");
        var completed = new List<string>();

        for (var round = 0; round < Rounds; round++)
        {
            var opened = await ApiClient.JsonOf(await noordOnA.PostAsync("/api/cases",
                new { kind = "wmo-melding", bsn = "367418253", name = "Jan Proef", title = $"Ronde {round}" }), HttpStatusCode.Created, "open");
            var task = await OpenTasks.HumanTaskAsync(noordOnA, opened["caseFileId"]!.GetValue<string>());
            await CompletionRace.RunAsync(task, (noordOnA, "consulent.noord"), (teamleadOnB, "teamleider.noord"));
            Assert.Equal(1, await nodes.CountAsync(
                $"SELECT count(*) FROM \"Journal\" WHERE \"InstanceId\" = '{task.InstanceId}' AND \"Kind\" = 'InstanceResumed' AND \"PayloadJson\" LIKE '%{task.BookmarkId}%'"));
            completed.Add(task.BookmarkId);
        }

        // Afterwards both nodes show the same worklist, without the completed tasks, and every row is open work.
        var onA = await WorklistAsync(noordOnA);
        using var noordOnB = await nodes.B.SignInAsync("consulent.noord");
        var onB = await WorklistAsync(noordOnB);
        Assert.Equal(onA, onB);
        Assert.Empty(onA.Intersect(completed));
        Assert.Equal(0, await nodes.CountAsync(
            "SELECT count(*) FROM \"WorklistEntries\" w LEFT JOIN \"Bookmarks\" b ON b.\"Id\" = w.\"BookmarkId\" WHERE b.\"Id\" IS NULL"));
    }

    private static async Task<List<string>> WorklistAsync(ApiClient client)
    {
        var page = await client.GetJsonAsync("/api/worklist?pageSize=200");
        return [.. page["items"]!.AsArray().Select(i => i!["bookmarkId"]!.GetValue<string>()).Order(StringComparer.Ordinal)];
    }
}
