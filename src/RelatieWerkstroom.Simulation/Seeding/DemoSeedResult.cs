namespace RelatieWerkstroom.Simulation.Seeding;

/// <summary>What <see cref="DemoCaseloadSeeder.SeedAsync"/> did.</summary>
/// <param name="Seeded">Whether a caseload was written; false when the database already held one or cannot take one.</param>
/// <param name="Message">One line for the host's log: what was seeded, or why nothing was.</param>
/// <param name="Outcome">The simulation's counts when seeded.</param>
public sealed record DemoSeedResult(bool Seeded, string Message, SimulationOutcome? Outcome = null);
