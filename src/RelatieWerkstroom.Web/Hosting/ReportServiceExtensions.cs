using System.Security.Cryptography;
using RelatieWerkstroom.Reports.Privacy;
using RelatieWerkstroom.Reports.Service;

namespace RelatieWerkstroom.Web.Hosting;

/// <summary>The pseudonymisation key of the host's reports, or none (then event logs and the drill-down are refused).</summary>
/// <param name="Pseudonymizer">Null when no key is configured outside demo mode.</param>
/// <param name="Source">Where the key came from, for the start-up log.</param>
public sealed record ReportPseudonyms(Pseudonymizer? Pseudonymizer, string Source);

/// <summary>Composes the report use case on the host's database and municipality settings.</summary>
public static class WebReportServiceExtensions
{
    /// <summary>The file in the data folder that holds the demo host's generated key.</summary>
    public const string DemoKeyFileName = "reports-pseudonym.key";

    /// <summary>
    /// Registers <see cref="FrictionReports"/> with the SKM and dwangsom tariffs of the municipality's settings file, and
    /// the pseudonymisation key from <c>Reports:PseudonymKey</c> or <c>RW_REPORTS_PSEUDONYM_KEY</c>; in demo mode without
    /// one, a random key kept in the data folder (so pseudonyms stay the same across restarts of the demo).
    /// </summary>
    public static IServiceCollection AddWerkstroomReports(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = services.GetHostSettings();
        var file = Path.Combine(settings.WorkflowsFolder, "settings", settings.Municipality + ".json");
        services.AddFrictionReports(ReportSettings.LoadFileAsync(file).GetAwaiter().GetResult());
        services.AddSingleton(_ => Pseudonyms(configuration, settings));
        return services;
    }

    private static ReportPseudonyms Pseudonyms(IConfiguration configuration, HostSettings settings)
    {
        if (configuration[Pseudonymizer.ConfigurationKey] is { Length: > 0 } configured)
            return new(Pseudonymizer.FromSecret(configured), Pseudonymizer.ConfigurationKey);
        if (Environment.GetEnvironmentVariable(Pseudonymizer.EnvironmentVariable) is { Length: > 0 })
            return new(Pseudonymizer.FromEnvironment(), Pseudonymizer.EnvironmentVariable);
        if (!settings.Demo) return new(null, "none");

        var path = Path.Combine(settings.DataFolder, DemoKeyFileName);
        Directory.CreateDirectory(settings.DataFolder);
        if (!File.Exists(path))
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another start wrote it first; use that one.
            }
        }

        return new(Pseudonymizer.FromSecret(File.ReadAllText(path).Trim(), path), path);
    }
}
