using System.Data.Common;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Problems;

/// <summary>
/// A database error in the middle of an action (the engine's rows already written in the transaction, then the case
/// file refused) leaves nothing half-written: the instance, its bookmarks, operations and journal, the case file and its
/// clocks are as they were, and the person gets a 503 problem saying nothing was changed, without a stack trace, a
/// database message or personal data. The same action afterwards works. The error is a real one of the database: a
/// trigger that aborts every change to CaseFiles and CaseClocks while the test holds it.
/// </summary>
public abstract class CrashDisciplineTests(string database) : IAsyncLifetime
{
    private const string Bsn = "367418253";
    private const string Name = "Jan Proef";
    private static readonly string[] Tables = ["Instances", "Bookmarks", "Operations", "Journal", "CaseFiles", "CaseClocks", "WorklistEntries", "OutboxMessages"];

    private readonly TestHost _host = TestHost.Of(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_database_error_while_completing_a_task_stores_nothing_and_says_so()
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var task = await OpenTasks.HumanTaskAsync(client, await OpenAsync(client));

        await RefusedAndUnchangedAsync(client, $"/api/tasks/{task.BookmarkId}/complete", new { action = task.Action, fields = task.Fields });
    }

    [Fact]
    public async Task A_database_error_while_deciding_a_discretion_point_stores_nothing_and_says_so()
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var caseFileId = await OpenAsync(client);
        var triage = (await client.GetJsonAsync("/api/worklist?pageSize=200"))["items"]!.AsArray()
            .First(i => i!["caseFileId"]!.GetValue<string>() == caseFileId && i["kind"]!.GetValue<string>() == "DiscretionPoint")!;

        await RefusedAndUnchangedAsync(client, $"/api/discretion/{triage["bookmarkId"]}/decide", new { option = triage["defaultOption"]!.GetValue<string>() });
    }

    [Fact]
    public async Task A_database_error_while_claiming_a_task_stores_nothing_and_says_so()
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var task = await OpenTasks.HumanTaskAsync(client, await OpenAsync(client));

        await RefusedAndUnchangedAsync(client, $"/api/tasks/{task.BookmarkId}/claim", null);
    }

    [Fact]
    public async Task A_database_error_while_suspending_a_legal_clock_stores_nothing_and_says_so()
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var caseFileId = await OpenAsync(client);
        await Cases.PutClockAsync(_host, caseFileId, "beslistermijn", VerdagingRule.None, daysAgo: 3);

        await RefusedAndUnchangedAsync(client, $"/api/cases/{caseFileId}/clocks/beslistermijn/suspend",
            new { reason = "Medisch advies gevraagd", legalBasis = "Awb 4:15 lid 1 sub a" });
    }

    // The action fails while the trigger is there, changes nothing, answers a clean problem; then it succeeds.
    private async Task RefusedAndUnchangedAsync(ApiClient client, string path, object? body)
    {
        var before = await SnapshotAsync();
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = Guid.NewGuid().ToString("N") };

        HttpResponseMessage refused;
        await using (await FailingChangesAsync())
            refused = await client.PostAsync(path, body, key);

        var text = await refused.Content.ReadAsStringAsync();
        var problem = await ApiClient.ProblemOf(refused, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("niets gewijzigd", problem["title"]!.GetValue<string>());
        Assert.NotNull(problem["traceId"]);
        foreach (var leak in new[] { " at ", "Exception", "test-abort", "CaseFiles", Bsn, Name, "SQLite", "Npgsql" })
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());

        // The database works again: the same request (same key) is carried out now.
        var retried = await client.PostAsync(path, body, key);
        Assert.True(retried.IsSuccessStatusCode, $"{path} after the error: {(int)retried.StatusCode} {await retried.Content.ReadAsStringAsync()}");
        Assert.NotEqual(before, await SnapshotAsync());
    }

    private async Task<string> OpenAsync(ApiClient client)
    {
        var opened = await ApiClient.JsonOf(await client.PostAsync("/api/cases", new { kind = "wmo-melding", bsn = Bsn, name = Name, title = "Hulp bij het huishouden" }),
            HttpStatusCode.Created, "open");
        return opened["caseFileId"]!.GetValue<string>();
    }

    // Every row of the tables an action writes, as text.
    private async Task<string> SnapshotAsync()
    {
        await using var connection = await ConnectAsync();
        var text = new StringBuilder();
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            rows.Sort(StringComparer.Ordinal);
            text.Append(table).Append('\n').AppendJoin('\n', rows).Append('\n');
        }
        return text.ToString();
    }

    // Triggers that abort every insert and update of CaseFiles and CaseClocks until disposed.
    private async Task<IAsyncDisposable> FailingChangesAsync()
    {
        var postgres = _host.Data.PostgresConnectionString is not null;
        var create = new List<string>();
        var drop = new List<string>();
        if (postgres)
        {
            create.Add("CREATE FUNCTION rw_test_abort() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'test-abort'; END $$ LANGUAGE plpgsql");
            drop.Add("DROP FUNCTION rw_test_abort() CASCADE");
        }
        foreach (var table in new[] { "CaseFiles", "CaseClocks" })
            foreach (var change in new[] { "INSERT", "UPDATE" })
            {
                var name = $"rw_test_abort_{table}_{change}".ToLowerInvariant();
                create.Add(postgres
                    ? $"CREATE TRIGGER {name} BEFORE {change} ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION rw_test_abort()"
                    : $"CREATE TRIGGER {name} BEFORE {change} ON \"{table}\" BEGIN SELECT RAISE(ABORT, 'test-abort'); END");
                if (!postgres) drop.Add($"DROP TRIGGER {name}");
            }
        await ExecuteAsync(create);
        return new Undo(() => ExecuteAsync(drop));
    }

    private async Task ExecuteAsync(IEnumerable<string> statements)
    {
        await using var connection = await ConnectAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    private async Task<DbConnection> ConnectAsync()
    {
        DbConnection connection = _host.Data.PostgresConnectionString is { } postgres
            ? new NpgsqlConnection(postgres)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _host.Data.SqliteFile, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private sealed class Undo(Func<Task> undo) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await undo();
    }
}

public sealed class CrashDisciplineSqliteTests() : CrashDisciplineTests(Databases.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class CrashDisciplinePostgreSqlTests() : CrashDisciplineTests(Databases.PostgreSql);
