using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence;

namespace RelatieWerkstroom.Simulation.Seeding;

/// <summary>
/// Seeds a host's database with a demo caseload: the past months simulated up to now, through the published workflow
/// versions the database holds, so the host keeps running on it. Cases that arrived late are still open: tasks and
/// discretion points in the worklists of the teams, legal clocks running with deadlines relative to now (some near or
/// past), timers due later that the host's scheduler fires when their moment comes. Seeds only a database without
/// workflow data, so a restart seeds nothing twice.
/// </summary>
public static class DemoCaseloadSeeder
{
    /// <summary>
    /// Seeds the database of <paramref name="services"/> (a host composed with <c>AddPersistence</c>, migrated, its
    /// workflows imported and published) unless it already holds instances, journal entries or case files; the result
    /// says which (SQLite and PostgreSQL alike). Throws <see cref="InvalidOperationException"/> when no workflow of the settings is
    /// published in the database, and <see cref="SimulationSettingsException"/> for unusable settings.
    /// </summary>
    public static async Task<DemoSeedResult> SeedAsync(IServiceProvider services, DemoSeedOptions options, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Cases < 1) throw new ArgumentOutOfRangeException(nameof(options), options.Cases, "a demo caseload needs at least one case");
        if (options.Months < 1) throw new ArgumentOutOfRangeException(nameof(options), options.Months, "a demo caseload covers at least one month");
        var contexts = services.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>();
        if (await WhyNotAsync(contexts, cancellationToken) is { } reason) return new DemoSeedResult(false, reason);

        var versions = await StoredVersionsAsync(services.GetRequiredService<IWorkflowDefinitionStore>(), cancellationToken);
        var published = versions.Where(v => v.IsPublished).Select(v => v.DefinitionId).ToHashSet(StringComparer.Ordinal);
        var settings = options.Settings with
        {
            Start = DutchTime.Today(now).AddMonths(-options.Months),
            Workflows = [.. options.Settings.Workflows.Where(w => published.Contains(w.DefinitionId))],
        };
        if (!settings.Workflows.Any(w => w.Share > 0))
            throw new InvalidOperationException(
                $"no workflow of the demo caseload is published in the database ({string.Join(", ", options.Settings.Workflows.Select(w => w.DefinitionId))}); import and publish the workflows before seeding");

        var request = new SimulationRequest(options.Cases, options.Months, options.Seed, settings, versions, options.Municipality)
        {
            Until = now,
            DefinitionsAreStoredVersions = true,
        };
        var result = await CaseloadImport.SimulateIntoAsync(contexts, request, cancellationToken: cancellationToken);
        var outcome = result.Outcome;
        return new DemoSeedResult(true, string.Create(CultureInfo.InvariantCulture,
            $"demo caseload seeded: {outcome.CasesOpened} cases from {settings.Start:yyyy-MM-dd} until now, {outcome.Instances - outcome.InstancesFinished} instances still open, seed {options.Seed}"),
            outcome);
    }

    // Null when the database can take a demo caseload; else why not, in one line.
    private static async Task<string?> WhyNotAsync(IDbContextFactory<WerkstroomDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Instances.AnyAsync(cancellationToken) || await db.Journal.AnyAsync(cancellationToken) || await db.CaseFiles.AnyAsync(cancellationToken))
            return "no demo caseload seeded: the database already holds workflow instances or case files";
        return null;
    }

    private static async Task<IReadOnlyList<WorkflowDefinition>> StoredVersionsAsync(IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var versions = new List<WorkflowDefinition>();
        foreach (var latest in await store.ListLatestAsync(cancellationToken))
            versions.AddRange(await store.FindVersionsAsync(latest.DefinitionId, cancellationToken));
        return versions;
    }
}
