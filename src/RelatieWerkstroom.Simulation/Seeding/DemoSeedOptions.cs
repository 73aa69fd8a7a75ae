using RelatieWerkstroom.Casework.Settings;

namespace RelatieWerkstroom.Simulation.Seeding;

/// <summary>What demo caseload to seed.</summary>
public sealed record DemoSeedOptions
{
    /// <summary>Cases arriving over the period (herindicaties come on top).</summary>
    public int Cases { get; init; } = 300;

    /// <summary>How many months before now the period starts.</summary>
    public int Months { get; init; } = 4;

    /// <summary>The seed of every random choice: the same seed and moment give the same caseload.</summary>
    public int Seed { get; init; } = 2026;

    /// <summary>The municipality's settings (teams, local defaults, terms), as the host uses them; null: the built-in defaults.</summary>
    public MunicipalitySettings? Municipality { get; init; }

    /// <summary>Mix, timing and frequencies; workflows the database does not hold are left out.</summary>
    public SimulationSettings Settings { get; init; } = SimulationSettings.Default;
}
