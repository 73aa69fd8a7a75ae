namespace RelatieWerkstroom.Simulation;

/// <summary>A team in the simulation: how often its members deviate from the default option of a discretion point, and how many people hold each role.</summary>
/// <param name="Id">Team id (must be a team of the municipality when settings are loaded).</param>
/// <param name="DeviationRate">Chance (0–1) that a decision deviates from the default option.</param>
/// <param name="StaffPerRole">Simulated users per role in the team.</param>
public sealed record SimulatedTeam(string Id, double DeviationRate, int StaffPerRole);
