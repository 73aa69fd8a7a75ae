using System.Diagnostics;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Simulation;
using RelatieWerkstroom.Simulation.Seeding;

namespace RelatieWerkstroom.Web.Hosting;

/// <summary>
/// The demo caseload: on the first start in demo mode, the past months of cases simulated up to now with the
/// Simulation project, so the worklists of both wijkteams hold open tasks and the legal clocks run relative to today.
/// A database that holds workflow data already (a restart) is left as it is.
/// </summary>
public static class DemoCaseload
{
    /// <summary>Seeds the caseload <see cref="HostSettings.DemoSeed"/> asks for, and logs what it did in one line.</summary>
    public static async Task SeedAsync(IServiceProvider services, HostSettings settings, ILogger logger, CancellationToken cancellationToken)
    {
        if (!settings.Demo || !settings.DemoSeed.Enabled) return;
        var simulation = Path.Combine(settings.WorkflowsFolder, "settings", "simulation.json");
        var options = new DemoSeedOptions
        {
            Cases = settings.DemoSeed.Cases,
            Months = settings.DemoSeed.Months,
            Seed = settings.DemoSeed.Seed,
            Municipality = services.GetRequiredService<IMunicipalitySettings>() as MunicipalitySettings,
            Settings = File.Exists(simulation) ? SimulationSettingsLoader.LoadFile(simulation) : SimulationSettings.Default,
        };
        var time = Stopwatch.StartNew();
        var result = await DemoCaseloadSeeder.SeedAsync(services, options, services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
        if (result.Seeded) logger.LogInformation("{Message} ({Seconds:0.0} s)", result.Message, time.Elapsed.TotalSeconds);
        else logger.LogInformation("{Message}", result.Message);
    }
}
