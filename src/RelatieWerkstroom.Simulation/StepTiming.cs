namespace RelatieWerkstroom.Simulation;

/// <summary>How long a task waits before someone picks it up, and how long the work then takes.</summary>
/// <param name="Wait">From the moment the task opens until it is claimed (or the decision is taken).</param>
/// <param name="Work">From the claim until the task is completed; null: the step's friction minutes decide.</param>
public sealed record StepTiming(Distribution? Wait, Distribution? Work);
