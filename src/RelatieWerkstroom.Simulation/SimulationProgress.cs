namespace RelatieWerkstroom.Simulation;

/// <summary>How far a simulation is.</summary>
/// <param name="Fraction">Share of the simulated period that has passed (0–1).</param>
/// <param name="VirtualNow">The simulation clock.</param>
/// <param name="CasesOpened">Case files opened so far.</param>
/// <param name="JournalEntries">Journal entries written so far.</param>
public sealed record SimulationProgress(double Fraction, DateTimeOffset VirtualNow, int CasesOpened, long JournalEntries);
