using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Simulation;

/// <summary>What to simulate.</summary>
/// <param name="Cases">Number of cases that arrive over the period (herindicaties come on top).</param>
/// <param name="Months">Length of the period in months, from <see cref="SimulationSettings.Start"/>.</param>
/// <param name="Seed">The seed of every random choice: the same seed gives the same journal.</param>
/// <param name="Settings">Mix, timing and frequencies.</param>
/// <param name="Definitions">The workflow definitions to import (the settings' workflows and their sub-workflows).</param>
/// <param name="Municipality">The municipality's settings (teams, local default options, terms), or null for none.</param>
public sealed record SimulationRequest(
    int Cases,
    int Months,
    int Seed,
    SimulationSettings Settings,
    IReadOnlyList<WorkflowDefinition> Definitions,
    MunicipalitySettings? Municipality = null)
{
    /// <summary>
    /// When set, the period ends at this moment instead of after <see cref="Months"/> (a demo caseload that ends now);
    /// arrivals are still spread over the months from the start.
    /// </summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>
    /// Whether <see cref="Definitions"/> are versions as a database holds them (ids, numbers and published flags kept, as
    /// the instances will refer to them), rather than files to import as new versions.
    /// </summary>
    public bool DefinitionsAreStoredVersions { get; init; }

    /// <summary>The moment the period starts: midnight of the start day in Amsterdam.</summary>
    public DateTimeOffset StartMoment
    {
        get
        {
            var local = Settings.Start.ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, WorkingHours.Zone.GetUtcOffset(local)).ToUniversalTime();
        }
    }

    /// <summary>The moment the period ends (exclusive).</summary>
    public DateTimeOffset EndMoment
    {
        get
        {
            if (Until is { } until) return until.ToUniversalTime();
            var local = Settings.Start.AddMonths(Months).ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, WorkingHours.Zone.GetUtcOffset(local)).ToUniversalTime();
        }
    }
}
