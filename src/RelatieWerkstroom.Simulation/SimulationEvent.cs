using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Engine.Stores;

namespace RelatieWerkstroom.Simulation;

/// <summary>Something that happens at a moment of the simulation.</summary>
internal sealed class SimulationEvent(SimulationEventKind kind)
{
    /// <summary>What happens.</summary>
    public SimulationEventKind Kind { get; } = kind;

    /// <summary>Arrival: the workflow of the new case.</summary>
    public SimulatedWorkflow? Workflow { get; init; }

    /// <summary>Arrival: the team that gets the case.</summary>
    public SimulatedTeam? Team { get; init; }

    /// <summary>The case acted on.</summary>
    public SimulatedCase? Case { get; init; }

    /// <summary>Claim, complete, decide: the task or discretion point.</summary>
    public StoredBookmark? Bookmark { get; init; }

    /// <summary>Complete: who claimed the task and now completes it.</summary>
    public User? User { get; init; }

    /// <summary>The legal clock run an ingebrekestelling is for.</summary>
    public string? ClockId { get; init; }
}
