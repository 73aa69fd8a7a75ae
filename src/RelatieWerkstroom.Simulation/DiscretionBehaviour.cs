namespace RelatieWerkstroom.Simulation;

/// <summary>How a discretion point is decided in the simulation.</summary>
/// <param name="DeviationFactor">Multiplies the team's deviation rate for this point (0: always the default).</param>
/// <param name="Weights">Relative weights of the non-default options when deviating (missing options weigh 1).</param>
public sealed record DiscretionBehaviour(double DeviationFactor, IReadOnlyDictionary<string, double> Weights);
