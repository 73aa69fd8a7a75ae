namespace RelatieWerkstroom.Simulation;

/// <summary>Simulation settings that cannot be used; the message lists every problem with its JSON path.</summary>
public sealed class SimulationSettingsException(string source, IReadOnlyList<(string Path, string Message)> problems)
    : Exception($"{source}: " + string.Join("; ", problems.Select(p => p.Path.Length == 0 ? p.Message : $"{p.Path}: {p.Message}")))
{
    /// <summary>The problems, each with its path in the JSON.</summary>
    public IReadOnlyList<(string Path, string Message)> Problems { get; } = problems;
}
