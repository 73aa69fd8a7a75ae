using RelatieWerkstroom.Cli.Tests.Support;

namespace RelatieWerkstroom.Cli.Tests.Commands;

/// <summary><c>werkstroom run</c> gives every Elsa 3 sample the result its README lists.</summary>
public sealed class RunCommandTests
{
    public static TheoryData<string, string[], bool> Samples => new()
    {
        { "basic-hello-world.json", ["Hello World!"], true },
        { "writeline.json", ["Dummy Text"], true },
        { "join-all-1.json", ["Start", "Line 1", "Line 2", "End"], true },
        { "join-any-1.json", ["Start", "End"], true },
        { "workflow1.json", ["WriteLine1", "WriteLine2", "WriteLine3"], false },
        { "workflow2.json", Enumerable.Range(1, 9).Select(i => $"WriteLine{i}").ToArray(), false },
        { "workflow3.json", Enumerable.Range(1, 9).Select(i => $"WriteLine{i}").ToArray(), false },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Run_Elsa3Sample_PrintsItsLinesAndFinishes(string sample, string[] expectedLines, bool ordered)
    {
        var result = await Werkstroom.RunAsync("run", Werkstroom.Sample(sample), "--fast-timers");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("status: Finished", result.LastLine);
        var lines = result.Stdout[..^1];
        if (ordered) Assert.Equal(expectedLines, lines);
        else Assert.Equal(expectedLines.Order(), lines.Order());
    }

    // The Awb 4:18 workflow is not one a person starts: an ingebrekestelling recorded on a case's beslistermijn starts it on
    // that case (DwangsomVaststellingApiTests); run on its own it has no clock to follow (the fact below).
    private const string StartedByAnIngebrekestelling = "dwangsom-vaststelling.json";

    public static TheoryData<string> ReferenceWorkflows() =>
        new(Directory.GetFiles(Path.Combine(Werkstroom.RepositoryRoot, "workflows"), "*.json").Select(Path.GetFileName)
            .Where(f => f != StartedByAnIngebrekestelling).Order()!);

    [Fact]
    public async Task Run_TheDwangsomWorkflowOnItsOwn_StopsAtAnIncidentNamingTheMissingClock()
    {
        var result = await Werkstroom.RunAsync("run", Path.Combine(Werkstroom.RepositoryRoot, "workflows", StartedByAnIngebrekestelling), "--fast-timers");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(result.Stderr, l => l.StartsWith("incident:", StringComparison.Ordinal) && l.Contains("beslistermijn", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Stderr, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    // Service steps, tasks and clocks work on the case file of their instance; `run` opens one as the web host does.
    [Theory]
    [MemberData(nameof(ReferenceWorkflows))]
    public async Task Run_ReferenceWorkflow_OpensACaseFileAndWaitsForAPersonWithoutIncident(string workflow)
    {
        var result = await Werkstroom.RunAsync("run", Path.Combine(Werkstroom.RepositoryRoot, "workflows", workflow), "--fast-timers");

        Assert.True(result.ExitCode == 3, $"exit {result.ExitCode}: {string.Join(Environment.NewLine, result.Stderr)}");
        Assert.Equal("status: Suspended", result.LastLine);
        Assert.DoesNotContain(result.Stderr, l => l.StartsWith("incident:", StringComparison.Ordinal));
        Assert.Contains(result.Stderr, l => l.StartsWith("case file: z-", StringComparison.Ordinal));
        Assert.Contains(result.Stderr, l => l.StartsWith("bookmark: ", StringComparison.Ordinal)
            && (l.Contains(" kind=HumanTask ", StringComparison.Ordinal) || l.Contains(" kind=DiscretionPoint ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_WithAMunicipality_OpensTheCaseFileForItsFirstTeamUnderItsSettings()
    {
        var workflows = Path.Combine(Werkstroom.RepositoryRoot, "workflows");

        var result = await Werkstroom.RunAsync("run", Path.Combine(workflows, "rw1-wmo-maatwerkvoorziening.json"), "--fast-timers",
            "--municipality", "voorbeeldstad", "--workflows", workflows);
        var unknownTeam = await Werkstroom.RunAsync("run", Path.Combine(workflows, "rw1-wmo-maatwerkvoorziening.json"), "--fast-timers",
            "--municipality", "voorbeeldstad", "--workflows", workflows, "--team", "wijkteam-west");
        var unknownMunicipality = await Werkstroom.RunAsync("run", Path.Combine(workflows, "rw1-wmo-maatwerkvoorziening.json"),
            "--municipality", "nergensdorp", "--workflows", workflows);

        Assert.True(result.ExitCode == 3, $"exit {result.ExitCode}: {string.Join(Environment.NewLine, result.Stderr)}");
        Assert.Contains(result.Stderr, l => l.StartsWith("case file: z-", StringComparison.Ordinal) && l.EndsWith("(team wijkteam-noord)", StringComparison.Ordinal));
        Assert.NotEqual(0, unknownTeam.ExitCode);
        Assert.Contains(unknownTeam.Stderr, l => l.Contains("wijkteam-west", StringComparison.Ordinal) && l.Contains("bestaat niet", StringComparison.Ordinal));
        Assert.Equal(1, unknownMunicipality.ExitCode);
        Assert.Contains(unknownMunicipality.Stderr, l => l.Contains("nergensdorp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_TimerWorkflowWithoutFastTimersAndFarAwayTimer_StopsSuspendedWithExit3()
    {
        using var temp = new TempFolder();
        var text = File.ReadAllText(Werkstroom.Sample("workflow3.json")).Replace("00:00:10", "3.00:00:00");
        var file = temp.Write("far-timer.json", text);

        var result = await Werkstroom.RunAsync("run", file);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("status: Suspended", result.LastLine);
        Assert.Contains(result.Stderr, l => l.StartsWith("bookmark: ", StringComparison.Ordinal) && l.Contains("kind=Timer"));
        Assert.DoesNotContain("WriteLine9", result.Stdout);
    }

    [Fact]
    public async Task Run_FaultActivity_ExitsNonZeroWithStatusFaultedAndIncident()
    {
        using var temp = new TempFolder();
        var file = temp.Write("fault.json", """
        { "definitionId": "fault-demo", "name": "Fault", "root": { "type": "Elsa.Flowchart", "id": "f",
          "activities": [
            { "id": "w", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "before" } } },
            { "id": "boom", "type": "Elsa.Fault", "message": { "typeName": "String", "expression": { "type": "Literal", "value": "bewust gestopt" } } } ],
          "connections": [ { "source": { "activity": "w", "port": "Done" }, "target": { "activity": "boom", "port": "In" } } ] } }
        """);

        var result = await Werkstroom.RunAsync("run", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["before", "status: Faulted"], result.Stdout);
        Assert.Contains(result.Stderr, l => l.StartsWith("incident: activity boom", StringComparison.Ordinal) && l.Contains("bewust gestopt"));
    }

    // Issue 14 finding 12: run had no idempotency key, so a client killed during run could not know whether it had
    // started an instance. Now the same --operation-id answers with what the first run started.
    [Fact]
    public async Task Run_SameOperationIdTwice_StartsOneInstanceAndTheSecondAnswersWithIt()
    {
        using var temp = new TempFolder();
        var db = temp.File("werkstroom.db");
        var workflow = Path.Combine(Werkstroom.RepositoryRoot, "workflows", "rw1-wmo-maatwerkvoorziening.json");

        var first = await Werkstroom.RunAsync("run", workflow, "--db", db, "--operation-id", "aanvraag-17");
        var again = await Werkstroom.RunAsync("run", workflow, "--db", db, "--operation-id", "aanvraag-17");
        var other = await Werkstroom.RunAsync("run", workflow, "--db", db, "--operation-id", "aanvraag-18");

        Assert.Equal(3, first.ExitCode);
        Assert.Equal(3, again.ExitCode);
        Assert.Contains(again.Stderr, l => l.Contains("already carried out", StringComparison.Ordinal));
        Assert.Equal(Line(first, "instance: "), Line(again, "instance: "));
        Assert.Equal(Line(first, "bookmark: "), Line(again, "bookmark: "));
        Assert.NotEqual(Line(first, "instance: "), Line(other, "instance: "));
        Assert.Equal(2, await CountAsync(db, "SELECT COUNT(*) FROM Instances"));
        Assert.Equal(2, await CountAsync(db, "SELECT COUNT(*) FROM CaseFiles"));
    }

    [Fact]
    public async Task Run_OperationIdThatStartedAnotherWorkflow_IsRefusedAndRunsNothing()
    {
        using var temp = new TempFolder();
        var db = temp.File("werkstroom.db");
        await Werkstroom.RunAsync("run", Werkstroom.Sample("writeline.json"), "--db", db, "--operation-id", "klus-1");

        var refused = await Werkstroom.RunAsync("run", Werkstroom.Sample("basic-hello-world.json"), "--db", db, "--operation-id", "klus-1");
        var empty = await Werkstroom.RunAsync("run", Werkstroom.Sample("basic-hello-world.json"), "--db", db, "--operation-id", " ");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(refused.Stderr, l => l.StartsWith("run refused:", StringComparison.Ordinal) && l.Contains("klus-1"));
        Assert.DoesNotContain("Hello World!", refused.Stdout);
        Assert.Equal(2, empty.ExitCode);
        Assert.Equal(1, await CountAsync(db, "SELECT COUNT(*) FROM Instances"));
    }

    [Fact]
    public async Task Run_KilledAtRandomMomentsThenRetriedWithTheSameOperationId_LeavesExactlyOneInstance()
    {
        using var temp = new TempFolder();
        var db = temp.File("werkstroom.db");
        var workflow = Path.Combine(Werkstroom.RepositoryRoot, "workflows", "rw1-wmo-maatwerkvoorziening.json");
        var noEnvironment = new Dictionary<string, string?>();
        var random = new Random();
        var kills = 0;
        Werkstroom.Result answer;
        do
        {
            answer = await Werkstroom.RunAsync(noEnvironment, kills < 4 ? TimeSpan.FromSeconds(0.5 + 3 * random.NextDouble()) : null,
                "run", workflow, "--db", db, "--operation-id", "aanvraag-1");
            if (answer.Killed) kills++;
        } while (answer.Killed);

        Assert.Equal(3, answer.ExitCode);
        Assert.Equal(1, await CountAsync(db, "SELECT COUNT(*) FROM Instances"));
        Assert.Equal(1, await CountAsync(db, "SELECT COUNT(*) FROM CaseFiles"));
    }

    private static string Line(Werkstroom.Result result, string prefix) => Assert.Single(result.Stderr, l => l.StartsWith(prefix, StringComparison.Ordinal));

    private static async Task<long> CountAsync(string db, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
