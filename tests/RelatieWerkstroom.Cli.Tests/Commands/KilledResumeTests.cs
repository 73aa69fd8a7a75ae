using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using RelatieWerkstroom.Cli.Tests.Support;
using Xunit.Abstractions;

namespace RelatieWerkstroom.Cli.Tests.Commands;

/// <summary>
/// The crash test: <c>werkstroom resume</c> processes on one SQLite file are killed (SIGKILL) at random moments, while
/// other instances are resumed at the same time and rivals race for the same bookmark. A client that lost its answer
/// retries with the same operation id, as the README tells it to. Afterwards the file must hold every acknowledged step
/// exactly once, its state must agree with its journal, and the next command must work.
/// </summary>
/// <remarks>
/// Bounded by <c>WERKSTROOM_CRASH_SECONDS</c> (default 45 s of driving); the seed is printed so that a failing run can be
/// repeated with <c>WERKSTROOM_CRASH_SEED</c>.
/// </remarks>
public sealed class KilledResumeTests(ITestOutputHelper output)
{
    // A counter that waits for the event "stap", counts it, says so and waits again: one resume is one step.
    private const string Counter = """
    { "definitionId": "teller", "name": "Teller",
      "variables": [ { "id": "n", "name": "Stappen", "typeName": "Int32", "value": "0" }, { "id": "p", "name": "Ontvangen", "typeName": "Object" } ],
      "root": { "type": "Elsa.Flowchart", "id": "f",
        "activities": [
          { "id": "wacht", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "stap" } },
            "result": { "typeName": "Object", "memoryReference": { "id": "p" } } },
          { "id": "tel", "type": "Elsa.SetVariable", "variable": { "id": "n" },
            "value": { "typeName": "Object", "expression": { "type": "JavaScript", "value": "getStappen() + 1" } } },
          { "id": "meld", "type": "Elsa.WriteLine",
            "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "'stap ' + getStappen() + ' ' + getOntvangen().op" } } } ],
        "connections": [
          { "source": { "activity": "wacht", "port": "Done" }, "target": { "activity": "tel", "port": "In" } },
          { "source": { "activity": "tel", "port": "Done" }, "target": { "activity": "meld", "port": "In" } },
          { "source": { "activity": "meld", "port": "Done" }, "target": { "activity": "wacht", "port": "In" } } ] } }
    """;

    private const int Instances = 3;
    private static readonly IReadOnlyDictionary<string, string?> NoEnvironment = new Dictionary<string, string?>();

    /// <summary>What one driver saw: the operations acknowledged in order and what the processes printed.</summary>
    private sealed class Driver(string instanceId, string bookmark)
    {
        public string InstanceId { get; } = instanceId;
        public string Bookmark { get; set; } = bookmark;
        public List<string> Acknowledged { get; } = [];
        public List<string> StepLines { get; } = [];
        public List<string> LoserLines { get; } = [];
        public int Kills { get; set; }
        public int KillsAfterCommit { get; set; }
        public int Races { get; set; }
        public int RacesWonByRival { get; set; }
    }

    [Fact]
    public async Task Resume_ProcessesKilledAtRandomMoments_NoAcknowledgedStepLostOrDoubledAndTheFileStillWorks()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("WERKSTROOM_CRASH_SEED"), out var s) ? s : Random.Shared.Next();
        var budget = TimeSpan.FromSeconds(double.TryParse(Environment.GetEnvironmentVariable("WERKSTROOM_CRASH_SECONDS"),
            NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : 45);
        output.WriteLine($"seed {seed}, budget {budget.TotalSeconds} s");
        using var temp = new TempFolder();
        var file = temp.Write("teller.json", Counter);
        var db = temp.File("werkstroom.db");

        var drivers = new List<Driver>();
        for (var i = 0; i < Instances; i++)
        {
            var started = await Werkstroom.RunAsync("run", file, "--db", db);
            Assert.Equal(3, started.ExitCode);
            drivers.Add(new Driver(Value(started, "instance: "), Value(started, "bookmark: ")));
        }

        var until = DateTime.UtcNow + budget;
        await Task.WhenAll(drivers.Select((d, i) => DriveAsync(d, db, new Random(seed + i), until)));

        foreach (var d in drivers)
            output.WriteLine($"instance {d.InstanceId}: {d.Acknowledged.Count} steps, {d.Kills} kills ({d.KillsAfterCommit} after the commit), " +
                $"{d.Races} races ({d.RacesWonByRival} won by the rival)");
        var kills = drivers.Sum(d => d.Kills);
        Assert.True(kills >= 3, $"seed {seed}: only {kills} processes were killed; the test proved nothing");

        await using (var connection = await OpenAsync(db))
        {
            Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check"));
            foreach (var d in drivers)
            {
                var n = d.Acknowledged.Count;
                var state = JsonNode.Parse(await ScalarAsync(connection, "SELECT StateJson FROM Instances WHERE Id = $id", d.InstanceId))!;
                Assert.True(n == state["variables"]!["Stappen"]!.GetValue<int>(), $"seed {seed}: instance {d.InstanceId} counted {state["variables"]!["Stappen"]} steps, {n} were acknowledged");
                Assert.Equal(n + 1, long.Parse(await ScalarAsync(connection, "SELECT Version FROM Instances WHERE Id = $id", d.InstanceId), CultureInfo.InvariantCulture));

                // The journal holds each acknowledged operation exactly once, in the order the driver got them, and no other.
                var resumed = await ColumnAsync(connection,
                    "SELECT PayloadJson FROM Journal WHERE InstanceId = $id AND Kind = 'InstanceResumed' ORDER BY Sequence", d.InstanceId);
                Assert.Equal(d.Acknowledged, resumed.Select(p => JsonNode.Parse(p)!["operationId"]!.GetValue<string>()).ToList());
                Assert.Equal(n, (await ColumnAsync(connection,
                    "SELECT ActivityId FROM Journal WHERE InstanceId = $id AND Kind = 'ActivityCompleted' AND ActivityId = 'tel'", d.InstanceId)).Count);
                Assert.Equal(n, (await ColumnAsync(connection, "SELECT OperationId FROM Operations WHERE InstanceId = $id", d.InstanceId)).Count);
            }
        }

        foreach (var d in drivers)
        {
            // What a process printed, it printed once and only for a step that is stored; a losing rival printed nothing.
            Assert.Equal(d.StepLines.Count, d.StepLines.Distinct().Count());
            Assert.All(d.StepLines, line => Assert.Contains(line, d.Acknowledged.Select((op, k) => $"stap {k + 1} {op}")));
            Assert.Empty(d.LoserLines);

            // The next command on the file works: one more step, counted on from where the file is.
            var next = await Werkstroom.RunAsync("resume", d.Bookmark, "--db", db, "--payload", """{"op":"laatste"}""", "--operation-id", $"{d.InstanceId}-laatste");
            Assert.Equal(3, next.ExitCode);
            Assert.Equal([$"stap {d.Acknowledged.Count + 1} laatste", "status: Suspended"], next.Stdout);
        }
    }

    /// <summary>Resumes one instance step after step until the time is up, killing some processes and racing others.</summary>
    private static async Task DriveAsync(Driver d, string db, Random random, DateTime until)
    {
        var typical = TimeSpan.FromSeconds(3);
        for (var step = 1; DateTime.UtcNow < until; step++)
        {
            var op = $"{d.InstanceId}-stap-{step}";
            string[] Args(string operation) => ["resume", d.Bookmark, "--db", db, "--payload", $$"""{"op":"{{operation}}"}""", "--operation-id", operation];

            // Sometimes a rival (another client, never killed) resumes the same bookmark at the same moment.
            var rivalOp = $"{d.InstanceId}-rivaal-{step}";
            var rival = random.NextDouble() < 0.25 ? Werkstroom.RunAsync(Args(rivalOp)) : null;

            Werkstroom.Result answer;
            var killsThisStep = 0;
            while (true)
            {
                // Kill at a random moment of the process's life: half of the kills anywhere in it (start-up, opening the
                // file), half in its last part, where the burst runs and commits. The first try of the first step is
                // always killed, so that every run kills something.
                var forced = step == 1 && killsThisStep == 0;
                var kill = forced || (killsThisStep < 3 && random.NextDouble() < 0.6);
                var moment = forced ? 0.5 : random.NextDouble() < 0.5 ? 1.1 * random.NextDouble() : 0.6 + 0.5 * random.NextDouble();
                var startedAt = DateTime.UtcNow;
                answer = await Werkstroom.RunAsync(NoEnvironment, kill ? typical * moment : null, Args(op));
                if (!answer.Killed)
                {
                    if (!kill) typical = (typical + (DateTime.UtcNow - startedAt)) / 2;
                    break;
                }
                killsThisStep++;
                d.Kills++;
            }
            // A retry that is answered as "already carried out" means the killed process had committed.
            if (killsThisStep > 0 && answer.Stderr.Any(l => l.Contains("already carried out", StringComparison.Ordinal))) d.KillsAfterCommit++;

            var rivalAnswer = rival is null ? null : await rival;
            if (rivalAnswer is not null) d.Races++;
            var mineWon = answer.ExitCode == 3;
            var rivalWon = rivalAnswer?.ExitCode == 3;
            if (mineWon == rivalWon || (!mineWon && rivalAnswer is null))
                throw new Xunit.Sdk.XunitException($"step {step} of {d.InstanceId}: mine exited {answer.ExitCode} ({string.Join(" | ", answer.Stderr)}), " +
                    $"rival {(rivalAnswer is null ? "none" : $"exited {rivalAnswer.ExitCode} ({string.Join(" | ", rivalAnswer.Stderr)})")}");
            var (winner, winnerOp, loser) = mineWon ? (answer, op, rivalAnswer) : (rivalAnswer!, rivalOp, answer);
            if (!mineWon) d.RacesWonByRival++;
            if (loser is not null)
            {
                Assert.Contains(loser.Stderr, l => l.StartsWith("resume refused:", StringComparison.Ordinal));
                d.LoserLines.AddRange(loser.Stdout.Where(l => l.StartsWith("stap ", StringComparison.Ordinal)));
            }

            d.Acknowledged.Add(winnerOp);
            d.StepLines.AddRange(winner.Stdout.Where(l => l.StartsWith("stap ", StringComparison.Ordinal)));
            d.Bookmark = Value(winner, "bookmark: ");
        }
    }

    private static string Value(Werkstroom.Result result, string prefix) =>
        Assert.Single(result.Stderr, l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..].Split(' ')[0];

    private static async Task<SqliteConnection> OpenAsync(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql, string? id = null) =>
        Convert.ToString(await Command(connection, sql, id).ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql, string id)
    {
        var values = new List<string>();
        await using var reader = await Command(connection, sql, id).ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string? id)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (id is not null) command.Parameters.AddWithValue("$id", id);
        return command;
    }
}
