using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Reports.Analysis;
using RelatieWerkstroom.Reports.Journal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Service;
using RelatieWerkstroom.Reports.Tests.Support;

namespace RelatieWerkstroom.Reports.Tests.Service;

public sealed class ReportSettingsTests
{
    private static string Settings(decimal consulentPerHour, string? version = "2024") => $$"""
        {
          "municipality": { "name": "Teststad" },
          "skmTariffs": {
            "source": "loonkosten Teststad 2026",
            "handbookVersion": {{(version is null ? "null" : $"\"{version}\"")}},
            "currency": "EUR",
            "perHour": { "consulent": {{consulentPerHour}} }
          }
        }
        """;

    private static Task<FrictionReport> Analyze(ReportSettings settings)
    {
        var journal = new JournalBuilder()
            .Case("c1", team: "noord").Started().Task("intake", "Intake", "consulent", Friction.Of(RuleOrigin.National, "consulent", 30), waitHours: 1, touchHours: 1)
            .Finished();
        var options = new ReportOptions { SmallGroupThreshold = 1, Tariffs = settings.Tariffs, Dwangsom = settings.Dwangsom };
        return new FrictionAnalyzer(options, FixedTime.Default).AnalyzeAsync(journal.Stream());
    }

    [Fact]
    public async Task The_municipalitys_tariff_prices_the_burden_and_its_source_is_on_the_report()
    {
        var at80 = await Analyze(ReportSettings.Parse(Settings(80m), "teststad.json"));
        var at120 = await Analyze(ReportSettings.Parse(Settings(120m), "teststad.json"));

        // 30 nominal minutes of a consulent: half an hour at the configured tariff.
        Assert.Equal(40m, at80.Summary.ProfessionalEuros);
        Assert.Equal(60m, at120.Summary.ProfessionalEuros);
        Assert.Contains("loonkosten Teststad 2026", at80.Manifest.TariffSource, StringComparison.Ordinal);
        Assert.Contains("teststad.json", at80.Manifest.TariffSource, StringComparison.Ordinal);
        Assert.Contains("2024", at80.Manifest.TariffSource, StringComparison.Ordinal);
        Assert.Equal(80m, at80.Manifest.Tariffs["consulent"]);
    }

    [Fact]
    public async Task Without_settings_the_report_says_it_uses_placeholder_tariffs()
    {
        var report = await Analyze(ReportSettings.Placeholder);

        Assert.Contains("niet officieel", report.Manifest.TariffSource, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_handbook_version_is_said_and_a_negative_tariff_is_refused_naming_the_actor()
    {
        Assert.Contains("versie niet ingevuld", ReportSettings.Parse(Settings(80m, version: null), "t.json").Tariffs.Source, StringComparison.Ordinal);

        var refused = Assert.Throws<SettingsFormatException>(() => ReportSettings.Parse(Settings(-1m), "t.json"));
        Assert.Contains("perHour.consulent", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shipped_settings_of_Voorbeeldstad_load_with_their_own_tariffs()
    {
        var settings = await ReportSettings.LoadFileAsync(Path.Combine(RepositoryRoot(), "workflows", "settings", "voorbeeldstad.json"));

        Assert.Equal(75m, settings.Tariffs.TariffFor("consulent").Hourly);
        Assert.Contains("voorbeeldstad.json", settings.Tariffs.Source, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RelatieWerkstroom.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
