using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Cli.Tests.Support;

namespace RelatieWerkstroom.Cli.Tests.Commands;

/// <summary><c>werkstroom simulate</c> as a separate process: reproducible, realistic, and without real personal data.</summary>
[Collection(SimulatedCaseloadsCollection.Name)]
public sealed class SimulateCommandTests(SimulatedCaseloads caseloads)
{
    private static readonly string[] ReferenceWorkflows =
    [
        "rw1-wmo-maatwerkvoorziening", "rw2-jeugdwet-toegang", "rw3-meervoudig-onderhandse-aanbesteding", "rw4-toelatingsprocedure",
        "rw5-bijstand", "rw5-bezwaar",
    ];

    [Fact]
    public void Simulate_SameSeedTwice_StoresByteIdenticalJournals()
    {
        var first = caseloads.DefaultDatabase;
        var second = caseloads.SameSeedDatabase;

        Assert.True(first.Count("SELECT count(*) FROM Journal") > 1000);
        Assert.Equal(first.JournalHash(), second.JournalHash());
    }

    [Fact]
    public void Simulate_DifferentSeed_StoresADifferentJournal()
    {
        Assert.NotEqual(caseloads.DefaultDatabase.JournalHash(), caseloads.OtherSeedDatabase.JournalHash());
    }

    [Fact]
    public void Simulate_SmallCaseload_PrintsCountsAndNoProblems()
    {
        var result = caseloads.Default;

        var cases = Assert.Single(result.Stdout, l => l.StartsWith("zaken: ", StringComparison.Ordinal));
        // Every arriving case is opened; herindicaties may come on top.
        Assert.True(int.Parse(cases.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) >= SimulatedCaseloads.Cases, cases);
        Assert.Contains("problemen: 0", result.Stdout);
        // Not a terminal: plain progress lines instead of a progress bar.
        Assert.Contains(result.Stderr, l => l.StartsWith("simulatie 100%", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Stderr, l => l.Contains('\u001b'));
    }

    [Fact]
    public void Simulate_Caseload_JournalHasEveryWorkflowDeviatingDecisionsClocksABreachAndABezwaar()
    {
        var database = caseloads.FrequentEventsDatabase;

        var started = database.Strings("SELECT DISTINCT DefinitionId FROM Journal WHERE Kind = 'InstanceStarted'");
        Assert.Equal(ReferenceWorkflows.Order(), started.Order());

        var decisions = database.Strings("SELECT PayloadJson FROM Journal WHERE Kind = 'DiscretionDecided'").Select(p => JsonNode.Parse(p)!).ToList();
        Assert.Contains(decisions, d => d["deviation"]!.GetValue<bool>());
        Assert.Contains(decisions, d => !d["deviation"]!.GetValue<bool>());
        Assert.All(decisions.Where(d => d["deviation"]!.GetValue<bool>()), d => Assert.True(d["reasonLength"]!.GetValue<int>() > 0));

        Assert.True(database.Count("SELECT count(*) FROM Journal WHERE Kind = 'ClockStarted'") > 0);
        Assert.True(database.Count("SELECT count(*) FROM Journal WHERE Kind = 'ClockSuspended'") > 0);
        var stops = database.Strings("SELECT PayloadJson FROM Journal WHERE Kind = 'ClockStopped'").Select(p => JsonNode.Parse(p)!).ToList();
        Assert.Contains(stops, s => s["breached"]?.GetValue<bool>() == true);

        var bezwaarCases = database.Strings("SELECT DISTINCT CorrelationId FROM Journal WHERE Kind = 'InstanceStarted' AND DefinitionId = 'rw5-bezwaar'");
        Assert.NotEmpty(bezwaarCases);
        Assert.Empty(database.Strings("SELECT ActivityId FROM Journal WHERE Kind = 'ActivityFaulted'"));
    }

    [Fact]
    public void Simulate_Caseload_DeviationRatesDifferBetweenTheWijkteams()
    {
        var database = caseloads.FrequentEventsDatabase;
        var teams = database.Strings("SELECT Id || '|' || Team FROM CaseFiles").Select(t => t.Split('|')).ToDictionary(t => t[0], t => t[1]);
        var byTeam = database.Strings("SELECT CorrelationId || '|' || PayloadJson FROM Journal WHERE Kind = 'DiscretionDecided'")
            .Select(row => row.Split('|', 2))
            .GroupBy(row => teams[row[0]])
            .ToDictionary(g => g.Key, g => g.Average(row => JsonNode.Parse(row[1])!["deviation"]!.GetValue<bool>() ? 1.0 : 0.0));

        // The built-in settings give Wijkteam Zuid twice the deviation rate of Wijkteam Noord.
        Assert.True(byTeam["wijkteam-zuid"] > byTeam["wijkteam-noord"], $"noord {byTeam["wijkteam-noord"]:0.000}, zuid {byTeam["wijkteam-zuid"]:0.000}");
    }

    [Fact]
    public void Simulate_Subjects_AreFakeValidBsnsKeptOnlyInTheSubjectsTable()
    {
        var database = caseloads.DefaultDatabase;
        var subjects = database.Subjects();
        var elsewhere = database.EverythingButSubjects();

        Assert.NotEmpty(subjects);
        Assert.All(subjects, s =>
        {
            Assert.True(Bsn.TryParse(s.Bsn, out _, out var error), error);
            Assert.StartsWith("999", s.Bsn, StringComparison.Ordinal);
            Assert.DoesNotContain(s.Bsn, elsewhere, StringComparison.Ordinal);
            Assert.DoesNotContain(s.Name, elsewhere, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Simulate_DatabaseWithData_IsRefusedAndLeftAsItWas()
    {
        using var temp = new TempFolder();
        var copy = temp.File("existing.db");
        File.Copy(caseloads.DefaultDatabase.Path, copy);
        var before = new SimulatedDatabase(copy).JournalHash();

        var result = await Werkstroom.RunAsync("simulate", "--db", copy, "--cases", "5", "--months", "1", "--seed", "3");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Stderr, l => l.Contains("already holds workflow data", StringComparison.Ordinal));
        Assert.Equal(before, new SimulatedDatabase(copy).JournalHash());
    }

    [Theory]
    [InlineData("--cases", "0")]
    [InlineData("--months", "0")]
    public async Task Simulate_OutOfRangeNumbers_IsAUsageErrorNamingTheOption(string option, string value)
    {
        using var temp = new TempFolder();

        var result = await Werkstroom.RunAsync("simulate", "--db", temp.File("x.db"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Stderr, l => l.StartsWith(option, StringComparison.Ordinal));
        Assert.False(File.Exists(temp.File("x.db")));
    }

    [Fact]
    public async Task Simulate_BadSettingsFile_SaysWhereTheProblemIs()
    {
        using var temp = new TempFolder();
        var settings = temp.Write("sim.json", """{ "bezwaar": { "defaultRate": 1.5 } }""");

        var result = await Werkstroom.RunAsync("simulate", "--db", temp.File("x.db"), "--cases", "5", "--config", settings);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Stderr, l => l.Contains("bezwaar.defaultRate", StringComparison.Ordinal));
    }
}
