namespace RelatieWerkstroom.Simulation;

/// <summary>What a simulation did, in counts (no personal data).</summary>
public sealed record SimulationOutcome
{
    /// <summary>Case files opened, herindicaties included.</summary>
    public int CasesOpened { get; init; }

    /// <summary>Herindicatie cases among them.</summary>
    public int Herindicaties { get; init; }

    /// <summary>Bezwaarschriften filed.</summary>
    public int Bezwaren { get; init; }

    /// <summary>Ingebrekestellingen the applicants sent for beslistermijnen that expired without a decision.</summary>
    public int Ingebrekestellingen { get; init; }

    /// <summary>Tasks completed.</summary>
    public int TasksCompleted { get; init; }

    /// <summary>Discretion points decided.</summary>
    public int Decisions { get; init; }

    /// <summary>Decisions that deviated from the default option.</summary>
    public int Deviations { get; init; }

    /// <summary>Timers fired.</summary>
    public int TimersFired { get; init; }

    /// <summary>Workflow instances (sub-workflows included).</summary>
    public int Instances { get; init; }

    /// <summary>Instances that finished within the period.</summary>
    public int InstancesFinished { get; init; }

    /// <summary>Journal entries.</summary>
    public long JournalEntries { get; init; }

    /// <summary>Cases opened per workflow definition id.</summary>
    public IReadOnlyDictionary<string, int> CasesPerWorkflow { get; init; } = new Dictionary<string, int>();

    /// <summary>Faulted instances and refused commands: things that should not happen in a sound simulation.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The number of problems, of which <see cref="Problems"/> lists the first ones.</summary>
    public int ProblemCount { get; init; }
}
