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

    public static TheoryData<string> ReferenceWorkflows() =>
        new(Directory.GetFiles(Path.Combine(Werkstroom.RepositoryRoot, "workflows"), "*.json").Select(Path.GetFileName).Order()!);

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
}
