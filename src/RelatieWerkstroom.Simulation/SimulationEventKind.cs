namespace RelatieWerkstroom.Simulation;

/// <summary>The kinds of simulation events.</summary>
internal enum SimulationEventKind
{
    /// <summary>A new case arrives and is opened.</summary>
    Arrival,

    /// <summary>A herindicatie: a new case for the same citizen after a full re-assessment was chosen.</summary>
    Herindicatie,

    /// <summary>Someone picks up a task from the worklist.</summary>
    Claim,

    /// <summary>The person who claimed a task completes it.</summary>
    Complete,

    /// <summary>A discretion point is decided.</summary>
    Decide,

    /// <summary>The scheduler fires the timers that are due.</summary>
    TimerSweep,

    /// <summary>A bezwaarschrift arrives for a case's decision.</summary>
    Bezwaar,

    /// <summary>An ingebrekestelling arrives for a beslistermijn that expired without a decision (Awb 4:17).</summary>
    Ingebrekestelling,
}
