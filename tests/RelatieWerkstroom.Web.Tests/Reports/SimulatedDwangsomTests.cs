using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Simulation;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Reports;

/// <summary>
/// A simulated year in which applicants send ingebrekestellingen for late decisions: the friction report owes a dwangsom,
/// and its figure is the sum the case files' clocks compute (Awb 4:17) for those cases on the report's day.
/// </summary>
public sealed class SimulatedDwangsomTests
{
    [Fact]
    public async Task A_simulated_years_friction_report_owes_the_dwangsom_the_clocks_compute_for_the_cases_with_an_ingebrekestelling()
    {
        // Half of the late decisions get an ingebrekestelling (the default assumption is one in ten; more here so a small
        // year plants several), seeded so the run is the same each time.
        var definitions = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows"), "*.json")
            .Select(f => WorkflowDefinitionReader.Parse(File.ReadAllText(f))).ToList();
        var settings = SimulationSettings.Default with { IngebrekestellingRate = 0.5 };
        var request = new SimulationRequest(120, 12, 2026, settings, definitions);
        var journal = new List<JournalEntry>();
        await using var simulator = new CaseloadSimulator(request, journal.Add);
        var outcome = await simulator.RunAsync();
        var asOf = DutchTime.Today(request.EndMoment).AddDays(-1);

        var report = await new FrictionAnalyzer(new ReportOptions
        {
            SmallGroupThreshold = 1,
            Definitions = simulator.StoredDefinitions,
            Dwangsom = DwangsomCalculator.Default,
            AsOf = asOf,
        }).AnalyzeAsync(ToAsync(journal));

        decimal owed = 0;
        var planted = 0;
        await foreach (var file in simulator.CaseFilesAsync())
            foreach (var clock in file.Clocks.Where(RegisterIngebrekestelling.Applies))
                if (DwangsomView.For(clock, file, asOf, DwangsomCalculator.Default) is { Premature: false } dwangsom)
                {
                    planted++;
                    owed += dwangsom.Amount;
                }

        Assert.Equal(0, outcome.ProblemCount);
        Assert.True(outcome.Ingebrekestellingen > 0, "no ingebrekestelling was sent in the simulated year");
        Assert.Equal(outcome.Ingebrekestellingen, planted);
        Assert.True(owed > 0, "the planted cases owe no dwangsom");
        Assert.Equal(owed, report.Summary.DwangsomOwed);
    }

    private static async IAsyncEnumerable<JournalEntry> ToAsync(IEnumerable<JournalEntry> entries)
    {
        foreach (var entry in entries) yield return entry;
        await Task.CompletedTask;
    }
}
