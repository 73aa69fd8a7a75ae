using System.Text.Json;
using RelatieWerkstroom.Simulation;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Simulation.Tests;

/// <summary>The simulator in process, without a database: reproducibility and the paths it drives cases along.</summary>
public sealed class CaseloadSimulatorTests
{
    private static readonly Lazy<IReadOnlyList<WorkflowDefinition>> Definitions = new(() =>
        Directory.GetFiles(Support.RepositoryPaths.Workflows, "*.json")
            .Select(f => WorkflowDefinitionReader.Parse(File.ReadAllText(f))).ToList());

    [Fact]
    public async Task RunAsync_SameSeed_SameJournalAndCaseFiles()
    {
        var first = await SimulateAsync(seed: 21);
        var second = await SimulateAsync(seed: 21);

        Assert.True(first.Journal.Count > 500);
        Assert.Equal(first.Journal, second.Journal);
        Assert.Equal(first.CaseFiles, second.CaseFiles);
    }

    [Fact]
    public async Task RunAsync_DifferentSeed_DifferentJournal()
    {
        var first = await SimulateAsync(seed: 21);
        var other = await SimulateAsync(seed: 22);

        Assert.NotEqual(first.Journal, other.Journal);
    }

    [Fact]
    public async Task RunAsync_Arrivals_OpenOneCaseFileEachSpreadOverThePeriod()
    {
        var run = await SimulateAsync(seed: 5, cases: 40);

        Assert.Equal(40, run.Outcome.CasesOpened - run.Outcome.Herindicaties);
        Assert.Equal(0, run.Outcome.ProblemCount);
        var opened = run.Entries.Where(e => e.Kind == JournalEvents.InstanceStarted && e.DefinitionId != "rw5-bezwaar")
            .Select(e => e.Timestamp).ToList();
        Assert.True(opened.Max() - opened.Min() > TimeSpan.FromDays(30), "arrivals should spread over the two months");
        Assert.All(opened, t =>
        {
            var local = TimeZoneInfo.ConvertTime(t, WorkingHours.Zone);
            Assert.True(local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{local} is in a weekend");
        });
    }

    [Fact]
    public async Task RunAsync_FullReassessmentChosen_OpensAHerindicatieForTheSameCitizen()
    {
        // Make the triage of every Wmo case trigger a herindicatie, so the path is taken quickly.
        var settings = SimulationSettings.Default with
        {
            Workflows = [SimulationSettings.Default.Workflows[0] with { Share = 1 }],
            HerindicatieAfter = new Dictionary<string, string> { ["RW1-DP1"] = "onderzoek" },
        };

        var run = await SimulateAsync(seed: 8, cases: 6, settings: settings);

        Assert.True(run.Outcome.Herindicaties > 0);
        var herindicaties = run.Files.Where(f => f.Title!.StartsWith("Herindicatie", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(herindicaties);
        Assert.All(herindicaties, h => Assert.Contains(run.Files, f => f.Id != h.Id && f.SubjectId == h.SubjectId));
    }

    private sealed record Run(SimulationOutcome Outcome, List<JournalEntry> Entries, List<string> Journal, List<string> CaseFiles, List<Casework.CaseFiles.CaseFile> Files);

    private static async Task<Run> SimulateAsync(int seed, int cases = 25, SimulationSettings? settings = null)
    {
        var entries = new List<JournalEntry>();
        var request = new SimulationRequest(cases, 2, seed, settings ?? SimulationSettings.Default, Definitions.Value);
        await using var simulator = new CaseloadSimulator(request, entries.Add);
        var outcome = await simulator.RunAsync();
        var files = new List<Casework.CaseFiles.CaseFile>();
        await foreach (var file in simulator.CaseFilesAsync()) files.Add(file);
        return new Run(outcome, entries,
            entries.Select(e => JsonSerializer.Serialize(e, Json.Options)).ToList(),
            files.Select(f => JsonSerializer.Serialize(f, Json.Options)).ToList(),
            files);
    }
}
