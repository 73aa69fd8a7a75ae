namespace RelatieWerkstroom.Simulation;

/// <summary>What the simulated people and the scheduler did so far, counted for the <see cref="SimulationOutcome"/>.</summary>
internal sealed class SimulationTally
{
    public int Herindicaties { get; set; }

    public int Bezwaren { get; set; }

    public int Ingebrekestellingen { get; set; }

    public int TasksCompleted { get; set; }

    public int Decisions { get; set; }

    public int Deviations { get; set; }

    public int TimersFired { get; set; }
}
