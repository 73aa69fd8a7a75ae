using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Exports;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Service;
using RelatieWerkstroom.Reports.Tests.Support;

namespace RelatieWerkstroom.Reports.Tests.Analysis;

/// <summary>
/// The Handboek meting regeldrukkosten measures regeldruk: the burden of citizens and businesses. What the municipality's
/// own staff spend on carrying out a rule is uitvoeringskosten of a medeoverheid, not regeldruk (review 2026-12, §5). The
/// report keeps the two apart, values staff time at the municipality's own rates, and costs automated steps at nothing.
/// </summary>
public sealed class CostSplitTests
{
    private static string Settings(string extra = "", string version = "\"2024\"") => $$"""
        {
          "municipality": { "name": "Teststad" },
          "skmTariffs": {
            "source": "loonkosten Teststad 2026 en bedrijfstarief",
            "handbookVersion": {{version}},
            "currency": "EUR",
            "perHour": { "consulent": 80, "aanbieder": 60, "systeem": 55 }{{extra}}
          }
        }
        """;

    private static Task<FrictionReport> Analyze(ReportSettings settings)
    {
        var journal = new JournalBuilder()
            .Case("c1", team: "noord").Started()
            // 60 minutes of a consulent; the citizen spends 90 minutes and € 7,50 on an inkomensverklaring.
            .Task("onderzoek", "Onderzoek", "consulent", Friction.Of(RuleOrigin.National, "consulent", 60, citizenMinutes: 90, outOfPocket: 7.5m), waitHours: 1, touchHours: 1)
            // Two hours of the provider's time plus the accountant's statement it must buy.
            .Task("verantwoording", "Productieverantwoording", "aanbieder",
                Friction.Of(RuleOrigin.Contract, "aanbieder", 120, businessOutOfPocket: 1500m), waitHours: 1, touchHours: 1)
            // An automated step annotated with two minutes of machine time.
            .Step("bericht", "Bericht versturen", Friction.Of(RuleOrigin.National, "systeem", 2))
            .Finished();
        var options = new ReportOptions { SmallGroupThreshold = 1, Tariffs = settings.Tariffs, Dwangsom = settings.Dwangsom };
        return new FrictionAnalyzer(options, FixedTime.Default).AnalyzeAsync(journal.Stream());
    }

    [Fact]
    public async Task Staff_time_is_uitvoeringskosten_provider_time_and_costs_are_regeldruk_and_automated_steps_cost_nothing()
    {
        var report = await Analyze(ReportSettings.Parse(Settings(), "teststad.json"));

        // Consulent: 1 h × € 80. Aanbieder: 2 h × € 60 + € 1.500. Citizen: 1,5 h and € 7,50. Systeem: € 0 whatever its tariff.
        Assert.Equal(80m, report.Summary.ExecutionEuros);
        Assert.Equal(1620m, report.Summary.BusinessEuros);
        Assert.Equal(1.5, report.Summary.CitizenHours);
        Assert.Equal(7.5m, report.Summary.CitizenOutOfPocket);
        var automated = Assert.Single(report.Burden, r => r.StepId == "bericht");
        Assert.Equal(("geautomatiseerd", 0.0, 0m), (automated.CostBearer, automated.ProfessionalHours!.Value, automated.ProfessionalEuros!.Value));
        var provider = Assert.Single(report.Burden, r => r.StepId == "verantwoording");
        Assert.Equal(("bedrijf", 0m, 1620m, 1500m), (provider.CostBearer, provider.ExecutionEuros!.Value, provider.BusinessEuros!.Value, provider.BusinessOutOfPocket!.Value));
        var contract = Assert.Single(report.BurdenByOrigin, r => r.Origin == RuleOrigin.Contract);
        Assert.Equal((0m, 1620m), (contract.ExecutionEuros!.Value, contract.BusinessEuros!.Value));
    }

    [Fact]
    public async Task The_settings_can_name_other_business_actors()
    {
        var report = await Analyze(ReportSettings.Parse(Settings(""", "businessActors": ["consulent"]"""), "teststad.json"));

        // Now the consulent stands for a business and the aanbieder for staff (a contrived table, to show the setting is read).
        Assert.Equal(120m, report.Summary.ExecutionEuros);
        Assert.Equal(1580m, report.Summary.BusinessEuros);
    }

    [Fact]
    public async Task An_example_table_is_said_to_be_one_in_the_summary_and_a_real_table_is_not()
    {
        var real = await Analyze(ReportSettings.Parse(Settings(), "teststad.json"));
        var flagged = await Analyze(ReportSettings.Parse(Settings(""", "example": true"""), "teststad.json"));
        var unversioned = await Analyze(ReportSettings.Parse(Settings(version: "null"), "teststad.json"));

        Assert.False(real.Manifest.TariffsAreExample);
        Assert.True(flagged.Manifest.TariffsAreExample);
        Assert.True(unversioned.Manifest.TariffsAreExample);
        const string warning = "Let op: dit zijn voorbeeldtarieven";
        Assert.DoesNotContain(DutchSummary.Introduction(real), line => line.Contains(warning, StringComparison.Ordinal));
        Assert.Contains(DutchSummary.Introduction(flagged), line => line.Contains(warning, StringComparison.Ordinal));
        Assert.Contains(DutchSummary.KeyFigures(real), f => f.Label.StartsWith("Uitvoeringskosten gemeente", StringComparison.Ordinal) && f.Value == "€ 80,00");
        Assert.Contains(DutchSummary.KeyFigures(real), f => f.Label.StartsWith("Regeldruk bedrijven", StringComparison.Ordinal) && f.Value == "€ 1.620,00");
    }

    [Fact]
    public void A_bad_business_actor_list_is_refused_naming_the_field()
    {
        var refused = Assert.Throws<SettingsFormatException>(() => ReportSettings.Parse(Settings(""", "businessActors": "aanbieder" """), "t.json"));

        Assert.Contains("skmTariffs.businessActors", refused.Message, StringComparison.Ordinal);
    }
}
