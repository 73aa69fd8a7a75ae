using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Hosting;

/// <summary>
/// The web host killed (SIGKILL) while caseworkers' completions are in flight, then started again on the same database,
/// as after a crash of the server: every completion the host answered is stored, every other one is stored whole or not
/// at all, and the browser's retry with the same Idempotency-Key gets the first answer or carries the completion out
/// now, once. The kill moments are random (the seed is printed; WERKSTROOM_CRASH_SEED repeats a run).
/// </summary>
public abstract class KilledRequestTests(string database) : IAsyncLifetime
{
    private const int Rounds = 3;
    private const int TasksPerRound = 6;

    private readonly TestData _data = TestData.Of(database);
    private WebNode _node = null!;

    public async Task InitializeAsync() => _node = await WebNode.StartAsync("node", _data);

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        await _data.DisposeAsync();
    }

    [Fact]
    public async Task A_host_killed_during_completions_loses_no_answered_completion_and_the_retries_complete_each_task_once()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("WERKSTROOM_CRASH_SEED"), out var given) ? given : Random.Shared.Next();
        var random = new Random(seed);
        Console.WriteLine($"killed-request seed {seed} ({database})");
        int answered = 0, storedUnanswered = 0, notStored = 0;

        for (var round = 0; round < Rounds; round++)
        {
            using var before = await _node.SignInAsync("consulent.noord");
            var tasks = new List<OpenTasks.Ready>();
            for (var i = 0; i < TasksPerRound; i++)
            {
                var opened = await ApiClient.JsonOf(await before.PostAsync("/api/cases",
                    new { kind = "wmo-melding", bsn = "367418253", name = "Jan Proef", title = $"Ronde {round} melding {i}" }), HttpStatusCode.Created, "open");
                tasks.Add(await OpenTasks.HumanTaskAsync(before, opened["caseFileId"]!.GetValue<string>()));
            }
            var keys = tasks.ToDictionary(t => t.BookmarkId, _ => Guid.NewGuid().ToString("N"));

            // All completions at once, then the kill somewhere between "before the first arrives" and "after the last is done".
            var sent = tasks.Select(t => FirstAnswerAsync(before, t, keys[t.BookmarkId])).ToList();
            await Task.Delay(random.Next(0, 400));
            await _node.KillAsync();
            var first = (await Task.WhenAll(sent)).ToDictionary(a => a.BookmarkId);

            // What the crash left in the database, before anyone touches it again.
            var stored = new Dictionary<string, long>();
            foreach (var task in tasks) stored[task.BookmarkId] = await CompletionsAsync(task);
            foreach (var task in tasks)
            {
                Assert.InRange(stored[task.BookmarkId], 0, 1);
                if (first[task.BookmarkId].Body is not null)
                    Assert.True(stored[task.BookmarkId] == 1, $"round {round}: the host answered the completion of {task.BookmarkId}, but it is not stored (seed {seed})");
            }
            Assert.Equal("ok", await ScalarAsync("PRAGMA integrity_check", sqliteOnly: true) ?? "ok");

            await _node.DisposeAsync();
            _node = await WebNode.StartAsync("node", _data);
            using var after = await _node.SignInAsync("consulent.noord");
            foreach (var task in tasks)
            {
                // The browser's retry: same task, same values, same key.
                var retry = await after.PostAsync($"/api/tasks/{task.BookmarkId}/complete", new { action = task.Action, fields = task.Fields },
                    new Dictionary<string, string> { ["Idempotency-Key"] = keys[task.BookmarkId] });
                var body = await ApiClient.JsonOf(retry, HttpStatusCode.OK, $"the retry of {task.BookmarkId} (round {round}, seed {seed})");
                // Stored before the crash: the retry is the first answer again, marked as replayed; not stored: carried out now.
                Assert.Equal(stored[task.BookmarkId] == 1, body["replayed"]!.GetValue<bool>());
                if (first[task.BookmarkId].Body is { } answer)
                    Assert.True(JsonNode.DeepEquals(WithoutReplayed(answer), WithoutReplayed(body)),
                        $"the retry of {task.BookmarkId} answered {body.ToJsonString()}, the first answer was {answer.ToJsonString()}");
                Assert.Equal(1, await CompletionsAsync(task));
                Assert.Equal(0, await CountAsync($"SELECT count(*) FROM \"Bookmarks\" WHERE \"Id\" = '{task.BookmarkId}'"));
                Assert.Equal(0, await CountAsync($"SELECT count(*) FROM \"WorklistEntries\" WHERE \"BookmarkId\" = '{task.BookmarkId}'"));

                if (first[task.BookmarkId].Body is not null) answered++;
                else if (stored[task.BookmarkId] == 1) storedUnanswered++;
                else notStored++;
            }
            // Each instance's stored state agrees with its journal (one version per start and resume), and the worklist
            // holds no row of a task that is gone.
            foreach (var task in tasks)
            {
                Assert.Equal(await CountAsync($"SELECT count(*) FROM \"Journal\" WHERE \"InstanceId\" = '{task.InstanceId}' AND \"Kind\" IN ('InstanceStarted', 'InstanceResumed')"),
                    await CountAsync($"SELECT \"Version\" FROM \"Instances\" WHERE \"Id\" = '{task.InstanceId}'"));
                Assert.Equal(0, await CountAsync($"SELECT count(*) FROM \"WorklistEntries\" w LEFT JOIN \"Bookmarks\" b ON b.\"Id\" = w.\"BookmarkId\" WHERE w.\"CaseFileId\" = '{task.CaseFileId}' AND b.\"Id\" IS NULL"));
            }
        }
        Console.WriteLine($"killed-request {database}: {answered} answered before the kill, {storedUnanswered} stored without an answer, {notStored} not stored (then carried out by the retry)");
    }

    private static JsonNode WithoutReplayed(JsonNode answer)
    {
        var copy = answer.DeepClone().AsObject();
        copy.Remove("replayed");
        return copy;
    }

    private sealed record FirstAnswer(string BookmarkId, JsonNode? Body);

    // The first attempt: its answer if the host gave one before it died (any answer but 200 is a failure of the test).
    private static async Task<FirstAnswer> FirstAnswerAsync(ApiClient client, OpenTasks.Ready task, string key)
    {
        try
        {
            var response = await client.PostAsync($"/api/tasks/{task.BookmarkId}/complete", new { action = task.Action, fields = task.Fields },
                new Dictionary<string, string> { ["Idempotency-Key"] = key });
            return new FirstAnswer(task.BookmarkId, await ApiClient.JsonOf(response, HttpStatusCode.OK, $"the first completion of {task.BookmarkId}"));
        }
        catch (HttpRequestException)
        {
            return new FirstAnswer(task.BookmarkId, null);
        }
    }

    private Task<long> CompletionsAsync(OpenTasks.Ready task) => CountAsync(
        $"SELECT count(*) FROM \"Journal\" WHERE \"InstanceId\" = '{task.InstanceId}' AND \"Kind\" = 'InstanceResumed' AND \"PayloadJson\" LIKE '%{task.BookmarkId}%'");

    private async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql));

    private async Task<string?> ScalarAsync(string sql, bool sqliteOnly = false)
    {
        if (sqliteOnly && _data.PostgresConnectionString is not null) return null;
        await using DbConnection connection = _data.PostgresConnectionString is { } postgres
            ? new NpgsqlConnection(postgres)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_data.DataFolder, "node", "werkstroom.db"), Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync());
    }
}

public sealed class KilledRequestSqliteTests() : KilledRequestTests(Databases.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class KilledRequestPostgreSqlTests() : KilledRequestTests(Databases.PostgreSql);
